// poppler-glib (GPL-2.0-or-later), as Debian's libpoppler-glib8 installs it, with the few
// helpers Swift cannot write itself (GLib macros, GError handling).
//
// The library is loaded when the first PDF is read, not when the program starts: poppler-glib
// brings some forty libraries with it (cairo, fontconfig, X11 ...), and loading them cost every
// command 8 ms, a query a quarter of its time. So nothing here links it: the types the reader
// uses are declared below as poppler-glib's and GLib's public headers declare them (a stable
// ABI; the PDF tests read boxes and font sizes through them), and its functions are reached
// through `rg_poppler`, filled by `rg_poppler_bind` once `DynamicLibrary` has loaded the library.
#ifndef RESGRAPH_CPOPPLER_SHIM_H
#define RESGRAPH_CPOPPLER_SHIM_H

#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef int gboolean;
typedef unsigned int guint;
typedef uint32_t GQuark;
typedef struct _GBytes GBytes;
typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;

/// GLib's `GError` (glib/gerror.h).
typedef struct { GQuark domain; int code; char *message; } GError;

/// GLib's `GList` (glib/glist.h).
typedef struct _GList { void *data; struct _GList *next; struct _GList *prev; } GList;

/// poppler-glib's `PopplerRectangle` (poppler-page.h): a glyph's box, in points from the top left.
typedef struct { double x1; double y1; double x2; double y2; } PopplerRectangle;

/// poppler-glib's `PopplerColor` (poppler-page.h).
typedef struct { uint16_t red; uint16_t green; uint16_t blue; } PopplerColor;

/// poppler-glib's `PopplerTextAttributes` (poppler-page.h): the font of a run of characters.
typedef struct {
    char *font_name;
    double font_size;
    gboolean is_underlined;
    PopplerColor color;
    int start_index;
    int end_index;
} PopplerTextAttributes;

/// poppler-glib's `PopplerImageMapping` (poppler-page.h): where an image is drawn on a page.
typedef struct { PopplerRectangle area; int image_id; } PopplerImageMapping;

/// `POPPLER_ERROR_ENCRYPTED` of poppler-glib's `PopplerError` (poppler.h).
enum { RG_POPPLER_ERROR_ENCRYPTED = 1 };

/// The functions of poppler-glib (and of the GLib it brings) that the PDF reader calls.
typedef struct {
    GBytes *(*bytes_new)(const void *data, size_t size);
    void (*bytes_unref)(GBytes *bytes);
    size_t (*strlcpy)(char *destination, const char *source, size_t size);
    void (*error_free)(GError *error);
    void (*object_unref)(void *object);
    void (*free)(void *memory);
    GQuark (*error_quark)(void);
    PopplerDocument *(*document_new_from_bytes)(GBytes *bytes, const char *password, GError **error);
    int (*document_get_n_pages)(PopplerDocument *document);
    PopplerPage *(*document_get_page)(PopplerDocument *document, int index);
    void (*page_get_size)(PopplerPage *page, double *width, double *height);
    char *(*page_get_text)(PopplerPage *page);
    gboolean (*page_get_text_layout)(PopplerPage *page, PopplerRectangle **rectangles, guint *count);
    GList *(*page_get_text_attributes)(PopplerPage *page);
    void (*page_free_text_attributes)(GList *attributes);
    GList *(*page_get_image_mapping)(PopplerPage *page);
    void (*page_free_image_mapping)(GList *mapping);
} rg_poppler;

/// Finds poppler-glib's functions in `library` (a handle `dlopen` gave) and fills `api`: 1 when
/// every one was found, else 0 with the name of the first missing written into `missing`.
static inline int rg_poppler_bind(rg_poppler *api, void *library, char *missing, size_t size) {
#define RG_BIND(field, symbol) \
    if ((*(void **)&api->field = dlsym(library, #symbol)) == NULL) { snprintf(missing, size, "%s", #symbol); return 0; }
    RG_BIND(bytes_new, g_bytes_new)
    RG_BIND(bytes_unref, g_bytes_unref)
    RG_BIND(strlcpy, g_strlcpy)
    RG_BIND(error_free, g_error_free)
    RG_BIND(object_unref, g_object_unref)
    RG_BIND(free, g_free)
    RG_BIND(error_quark, poppler_error_quark)
    RG_BIND(document_new_from_bytes, poppler_document_new_from_bytes)
    RG_BIND(document_get_n_pages, poppler_document_get_n_pages)
    RG_BIND(document_get_page, poppler_document_get_page)
    RG_BIND(page_get_size, poppler_page_get_size)
    RG_BIND(page_get_text, poppler_page_get_text)
    RG_BIND(page_get_text_layout, poppler_page_get_text_layout)
    RG_BIND(page_get_text_attributes, poppler_page_get_text_attributes)
    RG_BIND(page_free_text_attributes, poppler_page_free_text_attributes)
    RG_BIND(page_get_image_mapping, poppler_page_get_image_mapping)
    RG_BIND(page_free_image_mapping, poppler_page_free_image_mapping)
#undef RG_BIND
    return 1;
}

/// Why a document could not be opened: 0 none, 1 encrypted, 2 damaged or not a PDF.
typedef struct {
    int kind;
    char message[256];
} rg_pdf_error;

/// Opens a PDF held in memory (the bytes are copied); NULL with `error` filled on failure.
static inline PopplerDocument *rg_pdf_open(const rg_poppler *api, const void *bytes, size_t length, rg_pdf_error *error) {
    GBytes *data = api->bytes_new(bytes, length);
    GError *failure = NULL;
    PopplerDocument *document = api->document_new_from_bytes(data, NULL, &failure);
    api->bytes_unref(data);
    error->kind = 0;
    error->message[0] = 0;
    if (document == NULL) {
        error->kind = (failure != NULL && failure->domain == api->error_quark() && failure->code == RG_POPPLER_ERROR_ENCRYPTED) ? 1 : 2;
        if (failure != NULL) {
            api->strlcpy(error->message, failure->message, sizeof error->message);
            api->error_free(failure);
        }
    }
    return document;
}

#endif
