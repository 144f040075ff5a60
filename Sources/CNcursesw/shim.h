#ifndef REGIE_CNCURSESW_SHIM_H
#define REGIE_CNCURSESW_SHIM_H
// Wrappers for the ncurses macros Swift cannot import, as `static inline` functions without
// state: a `static` variable here would be copied into every file that includes this header.
// Signal and termios state lives in CRegieSignals.
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>
extern int wcwidth(wchar_t);

// MARK: - Macros Swift cannot import

static inline WINDOW *regie_stdscr(void) { return stdscr; }
static inline FILE *regie_stdout(void) { return stdout; }
static inline FILE *regie_stdin(void) { return stdin; }
static inline int regie_colors(void) { return COLORS; }
static inline int regie_color_pairs(void) { return COLOR_PAIRS; }

static inline void regie_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y, x;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

static inline attr_t regie_a_normal(void) { return A_NORMAL; }
static inline attr_t regie_a_bold(void) { return A_BOLD; }
static inline attr_t regie_a_dim(void) { return A_DIM; }
static inline attr_t regie_a_italic(void) { return A_ITALIC; }
static inline attr_t regie_a_underline(void) { return A_UNDERLINE; }
static inline attr_t regie_a_reverse(void) { return A_REVERSE; }
static inline attr_t regie_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int regie_key_f(int n) { return KEY_F(n); }

/// Whether the locale's character set is UTF-8 (after setlocale).
static inline int regie_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Whether the locale's character set is plain ASCII, as in the C and POSIX locales.
static inline int regie_codeset_is_ascii(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "ANSI_X3.4-1968") == 0 || strcmp(codeset, "ASCII") == 0
                               || strcmp(codeset, "US-ASCII") == 0);
}

// MARK: - Mouse
// The BUTTON* masks differ between NCURSES_MOUSE_VERSION 1 and 2, so they stay in C.

/// Left press and release plus the wheel: enough for clicks and scrolling, and without
/// REPORT_MOUSE_POSITION the terminal is not asked to report every motion.
static inline mmask_t regie_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

enum { REGIE_MOUSE_NONE = 0, REGIE_MOUSE_PRESS, REGIE_MOUSE_RELEASE, REGIE_MOUSE_SCROLL_UP, REGIE_MOUSE_SCROLL_DOWN };

/// What a mouse event's button state means, as one of the REGIE_MOUSE_* values.
static inline int regie_mouse_kind(mmask_t state) {
    if (state & BUTTON4_PRESSED) return REGIE_MOUSE_SCROLL_UP;
    if (state & BUTTON5_PRESSED) return REGIE_MOUSE_SCROLL_DOWN;
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return REGIE_MOUSE_PRESS;
    if (state & BUTTON1_RELEASED) return REGIE_MOUSE_RELEASE;
    return REGIE_MOUSE_NONE;
}

/// A button state that regie_mouse_kind maps to `kind`; lets tests queue mouse events.
static inline mmask_t regie_mouse_state(int kind) {
    switch (kind) {
    case REGIE_MOUSE_PRESS: return BUTTON1_PRESSED;
    case REGIE_MOUSE_RELEASE: return BUTTON1_RELEASED;
    case REGIE_MOUSE_SCROLL_UP: return BUTTON4_PRESSED;
    case REGIE_MOUSE_SCROLL_DOWN: return BUTTON5_PRESSED;
    default: return 0;
    }
}

/// Reads the pending mouse event; returns 0 and fills the out-parameters, or -1.
static inline int regie_get_mouse(int *kind, int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *kind = regie_mouse_kind(event.bstate);
    *x = event.x;
    *y = event.y;
    return 0;
}

#endif
