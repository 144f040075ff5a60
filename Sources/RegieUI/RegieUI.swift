import RegieKit
import Canvas
public enum RegieUIModule {}
