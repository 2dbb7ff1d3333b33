#pragma once

namespace lieu {
class CliContext;
}

namespace lieu::mail {

// lieuctl outbox list|show|send|retry and lieuctl mail test: they need the network, so they live in
// lieumail and join lieuctl's command table through registerCommands().
int cmdOutbox(CliContext &c);
int cmdMail(CliContext &c);
void registerCommands();

} // namespace lieu::mail
