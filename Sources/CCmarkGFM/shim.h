// GitHub's cmark-gfm with its table, strikethrough and autolink extensions for Swift (Debian
// libcmark-gfm-dev, libcmark-gfm-extensions-dev). Only DossierKit's CMarkDocument wrapper
// imports this module.
#ifndef DOSSIER_CCMARKGFM_SHIM_H
#define DOSSIER_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
