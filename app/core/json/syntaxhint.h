#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

namespace Versus::Core {

/// Why a text that failed to parse is not JSON, in an author's words: a trailing comma, a
/// comment, single quotes, a missing comma, a container that is not closed (with where it
/// was opened). Run only after the parser has refused the text: it explains, it does not
/// decide, and it gives nothing when it cannot tell (the parser's own message then stands).
class SyntaxHint final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::SyntaxHint)

public:
    struct Hint {
        std::size_t offset = 0; // where in text
        QString message;
    };

    /// text is the whole file; start the offset of its first byte after a byte-order mark.
    static std::optional<Hint> explain(const QByteArray &text, std::size_t start);
};

} // namespace Versus::Core
