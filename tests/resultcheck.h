// Checks on Core::Result for the tests: a failure shows its message, and a read that
// failed never passes for an empty one.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QTest>

/// Verifies that a Result holds a value (or is a successful Result<void>).
#define QVERIFY_RESULT(expression)                                                                                     \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.ok(), qPrintable(result_.error().message));                                                   \
    } while (false)

/// How many rows a read gave; -1 when it failed.
template <typename T> qsizetype rowCount(const Versus::Core::Result<QList<T>> &result)
{
    return result ? result->size() : -1;
}
