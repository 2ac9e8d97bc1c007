#pragma once

#include "PsValue.h"
#include "psrp/Message.h"

#include <QList>
#include <QString>
#include <QStringList>

// A recorded PSRP conversation (testdata/recorded-psrp/*.yml) decoded with our codec:
// every fragment of every creationXml/Arguments/Stream element, reassembled per direction.
namespace psrptest {

struct DecodedMessage
{
    int exchange = 0;        // index of the request/response pair
    bool fromClient = false; // request side
    QString element;         // creationXml, Arguments or Stream
    remoting::psrp::Message message;
    remoting::PsValue value; // parsed CLIXML (Nil for empty data)
};

struct RawExchange
{
    QString request, response;
    QString requestAction, responseAction;
};

struct Transcript
{
    QString name;
    QList<RawExchange> exchanges;
    QList<DecodedMessage> messages;
    QStringList errors; // anything that failed to decode
    int streamElements = 0;

    QList<DecodedMessage> ofType(remoting::psrp::MessageType type, bool fromClient = false) const;
    // raw stream bytes of one direction, in order (for re-fragmenting tests)
    QList<QByteArray> clientChunks, serverChunks;
};

Transcript loadTranscript(const QString &path);
QStringList transcriptFiles(); // every *.yml, sorted

} // namespace psrptest
