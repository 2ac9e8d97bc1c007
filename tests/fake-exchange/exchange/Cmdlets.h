#pragma once

namespace fake {

class CmdletCall;

// The emulated cmdlets' handlers (bound parameters in, output/errors/state changes out).
namespace cmdlets {
// DirectoryCmdlets.cpp
void getExchangeServer(CmdletCall &call);
void getOrganizationConfig(CmdletCall &call);
void getAcceptedDomain(CmdletCall &call);
void getRecipient(CmdletCall &call);
void getMailbox(CmdletCall &call);
void getTransportService(CmdletCall &call);
void getCommand(CmdletCall &call);
// JournalingCmdlets.cpp
void getTransportConfig(CmdletCall &call);
void setTransportConfig(CmdletCall &call);
void getJournalRule(CmdletCall &call);
void newJournalRule(CmdletCall &call);
void setJournalRule(CmdletCall &call);
void enableJournalRule(CmdletCall &call);
void disableJournalRule(CmdletCall &call);
void removeJournalRule(CmdletCall &call);
// RemoteDomainCmdlets.cpp
void getRemoteDomain(CmdletCall &call);
void newRemoteDomain(CmdletCall &call);
void setRemoteDomain(CmdletCall &call);
void removeRemoteDomain(CmdletCall &call);
// SendConnectorCmdlets.cpp
void getSendConnector(CmdletCall &call);
void newSendConnector(CmdletCall &call);
void setSendConnector(CmdletCall &call);
void removeSendConnector(CmdletCall &call);
// MailFlowCmdlets.cpp
void getQueue(CmdletCall &call);
void getMessage(CmdletCall &call);
void getMessageTrackingLog(CmdletCall &call);
void testMailflow(CmdletCall &call);
// PipelineCmdlets.cpp (the utility cmdlets Exchange's remote session exposes to everyone)
void selectObject(CmdletCall &call);
} // namespace cmdlets

} // namespace fake
