// libzip (BSD-3-Clause), as Debian's libzip-dev installs it: the Word reader opens a .docx held
// in memory and reads its XML parts with it. libzip checks what it reads against the archive's
// directory (sizes, CRC-32) and is fuzzed upstream; ZIPFoundation 0.9.20, used before, trapped
// on an entry pointing past the end (weichsel/ZIPFoundation#394) and, on Linux, could loop for
// good on a deflate stream cut short (#389).
#ifndef RESGRAPH_CZIP_SHIM_H
#define RESGRAPH_CZIP_SHIM_H

#include <zip.h>

#endif
