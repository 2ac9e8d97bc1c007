#pragma once

// The whole PSRP codec in one include.
#include "Clixml.h"
#include "Defragmenter.h"
#include "Fragmenter.h"
#include "Message.h"
#include "PipelineReceiver.h"
#include "PsValue.h"
#include "PsrpMessages.h"
#include "RunspacePoolOpening.h"
