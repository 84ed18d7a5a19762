// libxml2's HTML parser for Swift (Debian libxml2-dev). Only DossierKit's HTMLDocument wrapper
// imports this module; no libxml2 type leaves that file.
#ifndef DOSSIER_CLIBXML2_SHIM_H
#define DOSSIER_CLIBXML2_SHIM_H
// libxml2 built with ICU would pull the system's ICU headers into the module, where they clash
// with Foundation's copy; nothing here needs ICU's types, so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/// Silences libxml2's error printing to stderr (the parser recovers; errors are not the user's).
static void cx_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void cx_silence(void) {
    xmlSetGenericErrorFunc(NULL, cx_ignore_error);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// `xmlFree` is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void cx_free(void *p) { xmlFree(p); }
#endif
