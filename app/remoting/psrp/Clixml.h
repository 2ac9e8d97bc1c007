#pragma once

#include "../Error.h"
#include "PsValue.h"

#include <QByteArray>
#include <QString>

// CLIXML (PowerShell's serialization format, MS-PSRP 2.2.5) reader and writer.
namespace remoting::clixml {

// Limits that keep hostile input from exhausting the stack or memory.
constexpr int kMaxDepth = 64;                    // nesting of Obj/LST/DCT/...
constexpr int kMaxInputBytes = 64 * 1024 * 1024; // whole document
constexpr int kMaxUnknownText = 64 * 1024;       // text kept of an unknown element

// Parses one top-level element (a UTF-8 BOM, an XML declaration and surrounding whitespace
// are fine). <Ref> resolves to the already completed object with that RefId; a reference
// to an unknown or still-open object is an error. Unknown elements inside an <Obj> are
// skipped; an unknown top-level/value element is an error. Never crashes on bad input.
Expected<PsValue> parse(const QByteArray &xml);

// Writes one value; RefIds are assigned in document order and repeated type-name lists
// become <TNRef>. Strings are escaped with _xHHHH_ where XML or CLIXML requires it.
QByteArray serialize(const PsValue &value);

// _xHHHH_ escaping: encodeName escapes characters XML cannot carry (control characters,
// lone surrogates, U+FFFE/U+FFFF, and the '_' of a literal "_x"); decodeString reverses it
// (invalid sequences are kept verbatim).
QString encodeName(const QString &text);
QString decodeString(const QString &text);

} // namespace remoting::clixml
