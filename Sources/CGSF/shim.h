// libgsf (LGPL-2.1), GNOME's library for structured files, as Debian's libgsf-1-114 installs it:
// it reads the OLE2 compound file a Word 97-2003 document (.doc) is stored in.
//
// Loaded the first time a .doc is read, as poppler-glib is for PDFs (see CPoppler/shim.h): the
// library and the GObject system it brings cost nothing to a command that reads none. The few
// functions the reader calls are declared as libgsf's public headers declare them (gsf-input.h,
// gsf-infile.h, gsf-infile-msole.h, gsf-output.h, gsf-outfile.h, gsf-outfile-msole.h,
// gsf-output-memory.h: a stable ABI since 1.14) and reached through `rg_gsf`, filled by
// `rg_gsf_bind` once `DynamicLibrary` has loaded the library.
#ifndef RESGRAPH_CGSF_SHIM_H
#define RESGRAPH_CGSF_SHIM_H

#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct _GsfInput GsfInput;
typedef struct _GsfInfile GsfInfile;
typedef struct _GsfOutput GsfOutput;
typedef struct _GsfOutfile GsfOutfile;
typedef int64_t gsf_off_t;
typedef uint32_t rg_gsf_quark;

/// GLib's `GError` (glib/gerror.h).
typedef struct { rg_gsf_quark domain; int code; char *message; } rg_gsf_error_t;

/// GLib's `GLogField` (glib/gmessages.h): one field of a structured log message.
typedef struct { const char *key; const void *value; ptrdiff_t length; } rg_gsf_log_field;

/// The functions of libgsf (and of the GLib it brings) that the Word 97-2003 reader, and the
/// tests that write such files, call.
typedef struct {
    void (*gsf_init)(void);
    void (*object_unref)(void *object);
    void (*error_free)(rg_gsf_error_t *error);
    void (*log_set_writer_func)(int (*writer)(int, const rg_gsf_log_field *, size_t, void *), void *data, void (*free_data)(void *));
    GsfInput *(*input_memory_new)(const uint8_t *bytes, gsf_off_t length, int needs_free);
    GsfInfile *(*infile_msole_new)(GsfInput *source, rg_gsf_error_t **error);
    GsfInput *(*infile_child_by_name)(GsfInfile *infile, const char *name);
    int (*infile_num_children)(GsfInfile *infile);
    const char *(*infile_name_by_index)(GsfInfile *infile, int index);
    gsf_off_t (*input_size)(GsfInput *input);
    const uint8_t *(*input_read)(GsfInput *input, size_t count, uint8_t *buffer);
    GsfOutput *(*output_memory_new)(void);
    GsfOutfile *(*outfile_msole_new)(GsfOutput *sink);
    GsfOutput *(*outfile_new_child)(GsfOutfile *outfile, const char *name, int is_folder);
    int (*output_write)(GsfOutput *output, size_t count, const uint8_t *bytes);
    int (*output_close)(GsfOutput *output);
    gsf_off_t (*output_size)(GsfOutput *output);
    const uint8_t *(*output_memory_bytes)(GsfOutput *output);
} rg_gsf;

/// Takes a message GLib would print (libgsf's "Unable to get child['1Table'] … insufficient
/// blocks" for a damaged file) and drops it: the reader reports the file itself, by name.
/// Returns `G_LOG_WRITER_HANDLED`.
static inline int rg_gsf_drop_message(int level, const rg_gsf_log_field *fields, size_t count, void *data) {
    (void)level; (void)fields; (void)count; (void)data;
    return 1;
}

/// Sends every message GLib logs in the process to `rg_gsf_drop_message`: libgsf writes its
/// warnings through GLib's structured log, which only a writer function reaches, and a process
/// has one. To be called once.
static inline void rg_gsf_drop_messages(const rg_gsf *api) {
    api->log_set_writer_func(rg_gsf_drop_message, NULL, NULL);
}

/// Finds libgsf's functions in `library` (a handle `dlopen` gave), fills `api` and calls
/// `gsf_init`: 1 when every one was found, else 0 with the name of the first missing written into
/// `missing`.
static inline int rg_gsf_bind(rg_gsf *api, void *library, char *missing, size_t size) {
#define RG_BIND(field, symbol) \
    if ((*(void **)&api->field = dlsym(library, #symbol)) == NULL) { snprintf(missing, size, "%s", #symbol); return 0; }
    RG_BIND(gsf_init, gsf_init)
    RG_BIND(object_unref, g_object_unref)
    RG_BIND(error_free, g_error_free)
    RG_BIND(log_set_writer_func, g_log_set_writer_func)
    RG_BIND(input_memory_new, gsf_input_memory_new)
    RG_BIND(infile_msole_new, gsf_infile_msole_new)
    RG_BIND(infile_child_by_name, gsf_infile_child_by_name)
    RG_BIND(infile_num_children, gsf_infile_num_children)
    RG_BIND(infile_name_by_index, gsf_infile_name_by_index)
    RG_BIND(input_size, gsf_input_size)
    RG_BIND(input_read, gsf_input_read)
    RG_BIND(output_memory_new, gsf_output_memory_new)
    RG_BIND(outfile_msole_new, gsf_outfile_msole_new)
    RG_BIND(outfile_new_child, gsf_outfile_new_child)
    RG_BIND(output_write, gsf_output_write)
    RG_BIND(output_close, gsf_output_close)
    RG_BIND(output_size, gsf_output_size)
    RG_BIND(output_memory_bytes, gsf_output_memory_get_bytes)
#undef RG_BIND
    api->gsf_init();
    return 1;
}

/// Opens the compound file held in `bytes` (not copied: they must outlive the file); NULL with
/// `message` filled when libgsf cannot.
static inline GsfInfile *rg_gsf_open(const rg_gsf *api, const void *bytes, size_t length, char *message, size_t size) {
    message[0] = 0;
    GsfInput *input = api->input_memory_new((const uint8_t *)bytes, (gsf_off_t)length, 0);
    if (input == NULL) { snprintf(message, size, "cannot be read"); return NULL; }
    rg_gsf_error_t *failure = NULL;
    GsfInfile *file = api->infile_msole_new(input, &failure);
    api->object_unref(input);
    if (file == NULL) {
        snprintf(message, size, "%s", failure != NULL && failure->message != NULL ? failure->message : "not a compound file");
        if (failure != NULL) api->error_free(failure);
    }
    return file;
}

#endif
