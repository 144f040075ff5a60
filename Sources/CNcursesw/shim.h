#ifndef REGIE_CNCURSESW_SHIM_H
#define REGIE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
extern int wcwidth(wchar_t);
#endif
