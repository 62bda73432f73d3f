// zlib (Zlib license), as Debian's zlib1g-dev installs it: its CRC-32, with which the Word
// reader checks each part it inflates. ZIPFoundation inflates with the same library, but on
// Linux computes the checksum with its own byte-at-a-time loop, a sixth of a Word file's time.
#ifndef RESGRAPH_CZLIBCHECKSUM_SHIM_H
#define RESGRAPH_CZLIBCHECKSUM_SHIM_H

#include <zlib.h>

#endif
