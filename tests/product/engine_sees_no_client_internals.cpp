// Must NOT compile: built with the engine's usage requirements only (what app/exchange's users
// and app/exchange itself see of the client), the client's PSRP internals are not reachable.
// product_engine_sees_no_client_internals expects the compiler to say it cannot find them.
#include "CommandRunner.h"
#include "psrp/Psrp.h"
