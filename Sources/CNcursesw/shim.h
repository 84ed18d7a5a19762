// The ncursesw API for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character
// functions (wget_wch, setcchar, mvwadd_wch) are enabled here. Macros that Swift cannot import
// (attribute bits, mouse masks, KEY_F, COLOR_PAIR) and globals that Swift 6 rejects as shared
// mutable state (stdscr, COLORS, COLOR_PAIRS) get static inline accessors named cn_*.
#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <wchar.h>

extern int wcwidth(wchar_t c);

static inline attr_t cn_A_BOLD(void) { return A_BOLD; }
static inline attr_t cn_A_DIM(void) { return A_DIM; }
static inline attr_t cn_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cn_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t cn_A_NORMAL(void) { return A_NORMAL; }

static inline int cn_KEY_F(int n) { return KEY_F(n); }
static inline int cn_KEY_F0(void) { return KEY_F0; }

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_COLORS(void) { return COLORS; }
static inline int cn_COLOR_PAIRS(void) { return COLOR_PAIRS; }

static inline mmask_t cn_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t cn_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_BUTTON5_PRESSED(void) { return REPORT_MOUSE_POSITION; }
#endif

/// True when the terminal can move the cursor (terminfo `cup`); `dumb` cannot.
static inline int cn_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
