<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A small Esperanto catalog for the tests: a reminder must come out in the employee's language,
     whatever language the program runs in. -->
<TS version="2.1" language="eo">
<context>
    <name>lieu::ReminderText</name>
    <message>
        <source>Your TOIL expires soon: %1 h by %2</source>
        <translation>Via kompenstempo baldaŭ eksvalidiĝos: %1 h ĝis %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Kara %1,</translation>
    </message>
    <message numerus="yes">
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Parto de via kompenstempo eksvalidiĝos en la venonta %n tago. Uzu ĝin antaŭ la lasta tago, alie ĝi perdiĝos:</numerusform>
            <numerusform>Parto de via kompenstempo eksvalidiĝos en la venontaj %n tagoj. Uzu ĝin antaŭ la lasta tago, alie ĝi perdiĝos:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 h (%3 days) left, last day to use it %4</source>
        <translation>  %1: restas %2 h (%3 tagoj), lasta tago por uzi ĝin %4</translation>
    </message>
    <message>
        <source>In total %1 h (%2 days) expires soon.</source>
        <translation>Entute %1 h (%2 tagoj) baldaŭ eksvalidiĝos.</translation>
    </message>
    <message>
        <source>This reminder was sent by Lieu.</source>
        <translation>Ĉi tiun memorigon sendis Lieu.</translation>
    </message>
</context>
</TS>
