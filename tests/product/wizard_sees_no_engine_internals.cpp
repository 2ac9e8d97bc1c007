// Must NOT compile: built with the wizard's usage requirements only, the engine's internals
// (discovery statements, read-back parsing) are not reachable; the public engine is.
// product_wizard_sees_no_engine_internals expects the compiler to say it cannot find them.
#include "Discovery.h"
#include "JournalingEngine.h"
