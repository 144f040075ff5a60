import Canvas
public enum NcursesTerminalModule {}
