// A child process for the crash tests: it writes to the inquiry store (or delivers)
// until it is killed, and says on stdout what it has committed. "serve" is a sender that
// stays, as a window does, for the tests of work queued by other processes.
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Versus::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    InquiryStore store(args[2]);
    if (!store.open())
        return 1;
    if (args[1] == QLatin1String("autosave")) {
        // One draft, saved again and again: each line printed is a commit that must survive.
        const auto id = store.createDraft(QStringLiteral("stress"), QStringLiteral("tea-vs-coffee"));
        if (!id)
            return 1;
        for (qint64 i = 1;; ++i) {
            const QVariantMap fields{{QStringLiteral("name"), QString::number(i)},
                                     {QStringLiteral("details"), QString(2000, QLatin1Char('x'))}};
            if (!store.saveDraft(*id, fields, false))
                return 1;
            std::printf("%lld %lld\n", static_cast<long long>(*id), static_cast<long long>(i));
            std::fflush(stdout);
        }
    }
    if (args[1] == QLatin1String("deliver") && args.size() >= 4) {
        Outbox outbox(&store);
        DeliveryProfile profile; // deliver PATH URL [PROFILE]: Versus's protocol unless named
        profile.format = inquiryFormatFromName(args.value(4));
        outbox.setProfile(profile);
        outbox.setEndpoint(QUrl(args[3]));
        QObject::connect(&outbox, &Outbox::idle, &app, &QCoreApplication::quit);
        QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(4); }); // too slow: say so
        if (!outbox.becomeSender()) {
            // As a Versus window does: take over once the lock left behind is known stale.
            outbox.setTakeOverInterval(200);
            QObject::connect(&outbox, &Outbox::becameSender, &outbox, &Outbox::sendAllNow);
            return QCoreApplication::exec();
        }
        outbox.sendAllNow();
        return outbox.inFlight() > 0 ? QCoreApplication::exec() : 0;
    }
    if (args[1] == QLatin1String("serve") && args.size() >= 4) {
        // A Versus window that sends: it holds the lock and sends on its own schedule until killed.
        Outbox outbox(&store);
        outbox.setEndpoint(QUrl(args[3]));
        if (!outbox.becomeSender())
            return 3;
        outbox.watchOtherProcesses(); // as AppContext has a window's outbox do
        std::printf("sender\n");
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    return 2;
}
