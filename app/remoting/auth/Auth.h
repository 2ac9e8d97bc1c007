#pragma once

// Everything a transport needs from the auth layer.
#include "auth/ChannelBindings.h"
#include "auth/MessageEncryption.h"
#include "auth/SecurityContext.h"
