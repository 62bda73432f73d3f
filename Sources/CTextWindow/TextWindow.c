// The header's functions are inline; this file gives the target its one source.
#include "CTextWindow.h"
