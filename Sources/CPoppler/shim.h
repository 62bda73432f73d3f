// poppler-glib (GPL-2.0-or-later), as Debian's libpoppler-glib-dev installs it, with the few
// helpers Swift cannot write itself (GLib macros, GError handling).
#ifndef RESGRAPH_CPOPPLER_SHIM_H
#define RESGRAPH_CPOPPLER_SHIM_H

#include <poppler.h>
#include <glib.h>

/// Why a document could not be opened: 0 none, 1 encrypted, 2 damaged or not a PDF.
typedef struct {
    int kind;
    char message[256];
} rg_pdf_error;

/// Opens a PDF held in memory (the bytes are copied); NULL with `error` filled on failure.
static inline PopplerDocument *rg_pdf_open(const void *bytes, size_t length, rg_pdf_error *error) {
    GBytes *data = g_bytes_new(bytes, length);
    GError *failure = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(data, NULL, &failure);
    g_bytes_unref(data);
    error->kind = 0;
    error->message[0] = 0;
    if (document == NULL) {
        error->kind = (failure != NULL && failure->domain == POPPLER_ERROR && failure->code == POPPLER_ERROR_ENCRYPTED) ? 1 : 2;
        if (failure != NULL) {
            g_strlcpy(error->message, failure->message, sizeof error->message);
            g_error_free(failure);
        }
    }
    return document;
}

static inline void rg_object_unref(void *object) { g_object_unref(object); }
static inline void rg_free(void *pointer) { g_free(pointer); }

#endif
