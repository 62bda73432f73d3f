// libzip (BSD-3-Clause), as Debian's libzip4 installs it: the Word reader opens a .docx held in
// memory and reads its XML parts with it. libzip checks what it reads against the archive's
// directory (sizes, CRC-32) and is fuzzed upstream; ZIPFoundation 0.9.20, used before, trapped
// on an entry pointing past the end (weichsel/ZIPFoundation#394) and, on Linux, could loop for
// good on a deflate stream cut short (#389).
//
// Loaded the first time a .docx is read, as poppler-glib is for PDFs and libgsf for .doc files:
// linked, libzip and the libraries it brings (OpenSSL's libcrypto, libbz2) added 2 ms to the
// start of every command. Its types, constants and declarations come from libzip-dev's zip.h;
// its functions are reached through `rg_zip`, filled by `rg_zip_bind` once `DynamicLibrary` has
// loaded the library, with the types zip.h gives them.
#ifndef RESGRAPH_CZIP_SHIM_H
#define RESGRAPH_CZIP_SHIM_H

#include <dlfcn.h>
#include <stdio.h>
#include <zip.h>

/// The functions of libzip the Word reader calls.
typedef struct {
    __typeof__(zip_error_init) *error_init;
    __typeof__(zip_error_fini) *error_fini;
    __typeof__(zip_error_strerror) *error_strerror;
    __typeof__(zip_error_code_zip) *error_code_zip;
    __typeof__(zip_source_buffer_create) *source_buffer_create;
    __typeof__(zip_source_free) *source_free;
    __typeof__(zip_open_from_source) *open_from_source;
    __typeof__(zip_discard) *discard;
    __typeof__(zip_get_error) *get_error;
    __typeof__(zip_name_locate) *name_locate;
    __typeof__(zip_stat_init) *stat_init;
    __typeof__(zip_stat_index) *stat_index;
    __typeof__(zip_fopen_index) *fopen_index;
    __typeof__(zip_fread) *fread;
    __typeof__(zip_file_get_error) *file_get_error;
    __typeof__(zip_fclose) *fclose;
} rg_zip;

/// Finds libzip's functions in `library` (a handle `dlopen` gave) and fills `api`: 1 when every
/// one was found, else 0 with the name of the first missing written into `missing`.
static inline int rg_zip_bind(rg_zip *api, void *library, char *missing, size_t size) {
#define RG_ZIP_BIND(field) \
    if ((*(void **)&api->field = dlsym(library, "zip_" #field)) == NULL) { snprintf(missing, size, "zip_%s", #field); return 0; }
    RG_ZIP_BIND(error_init)
    RG_ZIP_BIND(error_fini)
    RG_ZIP_BIND(error_strerror)
    RG_ZIP_BIND(error_code_zip)
    RG_ZIP_BIND(source_buffer_create)
    RG_ZIP_BIND(source_free)
    RG_ZIP_BIND(open_from_source)
    RG_ZIP_BIND(discard)
    RG_ZIP_BIND(get_error)
    RG_ZIP_BIND(name_locate)
    RG_ZIP_BIND(stat_init)
    RG_ZIP_BIND(stat_index)
    RG_ZIP_BIND(fopen_index)
    RG_ZIP_BIND(fread)
    RG_ZIP_BIND(file_get_error)
    RG_ZIP_BIND(fclose)
#undef RG_ZIP_BIND
    return 1;
}

#endif
