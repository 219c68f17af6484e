// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd::cli {

// One option a command accepts. Names are given without the leading "--".
struct OptionSpec
{
    QString name;
    QString valueName; // empty: a flag without a value
    QString help;      // translated
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// A command ("regions") or subcommand ("active list"), or a group ("active") when it has children.
struct CommandSpec
{
    QString path;      // "active list"
    QString arguments; // synopsis of the positional arguments, e.g. "NUMBER"
    QString summary;   // translated one-line description
    QList<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0;
    bool confirms = false; // billable or destructive: asks for confirmation, accepts --yes
};

// The outcome of parsing argv. Options are stored by name; a flag has one empty value.
struct ParsedCommandLine
{
    QString command;    // "active"
    QString subcommand; // "list"; empty for commands without subcommands
    QStringList positionals;
    QHash<QString, QStringList> options;
    bool help = false;
    bool version = false;
    QString error; // translated usage error; empty when the command line is well-formed

    QString path() const;
    bool has(const QString &name) const { return options.contains(name); }
    // Absent -> nullopt; given empty ("--sms-service-plan ''") -> "" (the difference matters for unlinking).
    std::optional<QString> value(const QString &name) const;
    QStringList values(const QString &name) const { return options.value(name); }
};

// The hand-written parser of numberdesk-cli. Global options (connection, --format, ...) are accepted
// anywhere; command options only after the command they belong to. "--name=value" and "--name value"
// both work; "--" ends option parsing. QCommandLineParser was not used because it has no notion of
// subcommands whose options differ.
class CommandLine final
{
public:
    static ParsedCommandLine parse(const QStringList &arguments); // without argv[0]

    static const QList<OptionSpec> &globalOptions();
    static const QList<CommandSpec> &commands();
    // nullptr when unknown. A group ("active") is a CommandSpec too.
    static const CommandSpec *command(const QString &path);
    static QStringList subcommandsOf(const QString &command);

    // Full help: for "" the program overview (commands, global options, exit codes, environment).
    static QString helpText(const QString &path);
    static QString versionText();
};

} // namespace nd::cli
