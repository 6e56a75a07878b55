<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/app/about.py" line="78"/>
        <source>About CoachDesk</source>
        <translation>About CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="90"/>
        <source>The private, encrypted desk of a work-ability coach. Everything stays on this computer.</source>
        <translation>The private, encrypted desk of a work-ability coach. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="99"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="100"/>
        <source>Third-party notices</source>
        <translation>Third-party notices</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="104"/>
        <source>Open licence texts</source>
        <translation>Open licence texts</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="121"/>
        <source>CoachDesk keeps anonymised cases, session notes, goals and reflections in an encrypted vault (SQLCipher) on this computer. Nothing is sent anywhere unless you send it, and you see every byte before it leaves.</source>
        <translation>CoachDesk keeps anonymised cases, session notes, goals and reflections in an encrypted vault (SQLCipher) on this computer. Nothing is sent anywhere unless you send it, and you see every byte before it leaves.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="130"/>
        <source>Built with Qt and Qt for Python (PySide6), used under the GNU LGPL version 3, SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx and other open-source software. Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0. See Third-party notices for all licences.</source>
        <translation>Built with Qt and Qt for Python (PySide6), used under the GNU LGPL version 3, SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx and other open-source software. Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0. See Third-party notices for all licences.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="153"/>
        <source>The NOTICE file is missing from this installation (%1). Please reinstall CoachDesk.</source>
        <translation>The NOTICE file is missing from this installation (%1). Please reinstall CoachDesk.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="124"/>
        <source>Make it the answer</source>
        <translation>Make it the answer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>1:1 sparring</source>
        <translation>1:1 sparring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="132"/>
        <source>Group-session topic</source>
        <translation>Group-session topic</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="135"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="136"/>
        <source>Kind of help</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="137"/>
        <source>What I will try</source>
        <translation>What I will try</translation>
    </message>
</context>
<context>
    <name>AskColleague</name>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="76"/>
        <source>&amp;Ask a colleague…</source>
        <translation>&amp;Ask a colleague…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="77"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="78"/>
        <source>&amp;Group session topics…</source>
        <translation>&amp;Group session topics…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="94"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="96"/>
        <source>%n need(s) your decision</source>
        <translation>
            <numerusform>%n needs your decision</numerusform>
            <numerusform>%n need your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="222"/>
        <source>Filter by code or pseudonym</source>
        <translation>Filter by code or pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="223"/>
        <source>Filter cases</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="224"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="225"/>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="226"/>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="230"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="257"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="283"/>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="97"/>
        <source>last activity %1</source>
        <translation>last activity %1</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>&amp;Identifying details</source>
        <translation>&amp;Identifying details</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="61"/>
        <source>Never leaves this computer</source>
        <translation>Never leaves this computer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="62"/>
        <source>Case pages</source>
        <translation>Case pages</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="327"/>
        <source>CoachDesk — Change passphrase</source>
        <translation>CoachDesk — Change passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="331"/>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="346"/>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="349"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>The new passphrase is too weak: add a word or two.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="367"/>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="353"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Re-encrypting the vault with a new key…</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="94"/>
        <source>Channels where you ask colleagues. The webhook address is a secret: it is kept in the system keychain or inside the encrypted vault, never in a plain file. Changes here are saved at once.</source>
        <translation>Channels where you ask colleagues. The webhook address is a secret: it is kept in the system keychain or inside the encrypted vault, never in a plain file. Changes here are saved at once.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="96"/>
        <source>&amp;New channel</source>
        <translation>&amp;New channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="98"/>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="99"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="100"/>
        <source>Webhook &amp;address</source>
        <translation>Webhook &amp;address</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="101"/>
        <source>&amp;Save channel</source>
        <translation>&amp;Save channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="103"/>
        <source>Send &amp;test message</source>
        <translation>Send &amp;test message</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="104"/>
        <source>&amp;Forum channel (each question opens a post of its own)</source>
        <translation>&amp;Forum channel (each question opens a post of its own)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="114"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="139"/>
        <source>Paste the webhook address</source>
        <translation>Paste the webhook address</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="153"/>
        <source>Saved (hidden)</source>
        <translation>Saved (hidden)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="155"/>
        <source>Saved (%1) — paste a new address to change it</source>
        <translation>Saved (%1) — paste a new address to change it</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="179"/>
        <source>Paste the webhook address from the channel&apos;s settings.</source>
        <translation>Paste the webhook address from the channel&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="189"/>
        <source>The address looks right.</source>
        <translation>The address looks right.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="207"/>
        <source>A channel with this name exists already.</source>
        <translation>A channel with this name exists already.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="217"/>
        <source>Saved. The address is stored as a secret.</source>
        <translation>Saved. The address is stored as a secret.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="247"/>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="248"/>
        <source>Remove the channel “%1” and its stored address?</source>
        <translation>Remove the channel “%1” and its stored address?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="272"/>
        <source>Sending a test message…</source>
        <translation>Sending a test message…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="279"/>
        <source>Test message delivered. Look for it in the channel.</source>
        <translation>Test message delivered. Look for it in the channel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="283"/>
        <source>The test message did not arrive: %1</source>
        <translation>The test message did not arrive: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="105"/>
        <source>&amp;Import team setup…</source>
        <translation>&amp;Import team setup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="106"/>
        <source>E&amp;xport team setup…</source>
        <translation>E&amp;xport team setup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="27"/>
        <source>JSON (other)</source>
        <translation>JSON (other)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="108"/>
        <source>Webhooks are one-way (Google Chat and Discord always): replies stay in the channel. Slack (app), Mattermost (API) and Teams (Graph) channels bring colleagues&apos; replies back to the request: “Add a two-way channel…” (docs/teams-setup.md).</source>
        <translation>Webhooks are one-way (Google Chat and Discord always): replies stay in the channel. Slack (app), Mattermost (API) and Teams (Graph) channels bring colleagues&apos; replies back to the request: “Add a two-way channel…” (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="163"/>
        <source>A two-way channel (replies come back): to change it, remove it and add it again; test or remove it here.</source>
        <translation>A two-way channel (replies come back): to change it, remove it and add it again; test or remove it here.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="97"/>
        <source>Add a t&amp;wo-way channel…</source>
        <translation>Add a t&amp;wo-way channel…</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="35"/>
        <source>Optional: colleagues and what they know well. When a request&apos;s topic matches their tags, the composer suggests mentioning them.</source>
        <translation>Optional: colleagues and what they know well. When a request&apos;s topic matches their tags, the composer suggests mentioning them.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="37"/>
        <source>&amp;New colleague</source>
        <translation>&amp;New colleague</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Name</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Expertise (comma-separated)</source>
        <translation>&amp;Expertise (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>&amp;Teams user name</source>
        <translation>&amp;Teams user name</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>S&amp;lack member id</source>
        <translation>S&amp;lack member id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Mattermost username</source>
        <translation>&amp;Mattermost username</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Google Chat user id</source>
        <translation>&amp;Google Chat user id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="41"/>
        <source>&amp;Discord user id</source>
        <translation>&amp;Discord user id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="48"/>
        <source>Optional. Without an id for the channel&apos;s platform the name is written as plain text and the colleague is not notified.</source>
        <translation>Optional. Without an id for the channel&apos;s platform the name is written as plain text and the colleague is not notified.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="52"/>
        <source>&amp;Save colleague</source>
        <translation>&amp;Save colleague</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="56"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="443"/>
        <location filename="../../coachdesk/app/compose/composer.py" line="444"/>
        <source>Ask a colleague</source>
        <translation>Ask a colleague</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="446"/>
        <source>Write your question, then check it. Identifying details are replaced before anything is sent; only the text under “What will be sent” leaves this computer.</source>
        <translation>Write your question, then check it. Identifying details are replaced before anything is sent; only the text under “What will be sent” leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="448"/>
        <source>1. Write</source>
        <translation>1. Write</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="449"/>
        <source>2. Check and send</source>
        <translation>2. Check and send</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>&amp;Situation now</source>
        <translation>S&amp;ituation now</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>Relevant &amp;background</source>
        <translation>Relevant &amp;background</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I have &amp;tried and what happened</source>
        <translation>What I have &amp;tried and what happened</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I &amp;think is going on</source>
        <translation>What I t&amp;hink is going on</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>My &amp;question (one sentence)</source>
        <translation>My &amp;question (one sentence)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>Help wanted</source>
        <translation>Help wanted</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="459"/>
        <source>What do you want to ask, in one sentence?</source>
        <translation>What do you want to ask, in one sentence?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="460"/>
        <source>in which topic (optional)</source>
        <translation>in which topic (optional)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="461"/>
        <source>Tips in the channel</source>
        <translation>Tips in the channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="462"/>
        <source>1:1 sparring with someone experienced</source>
        <translation>1:1 sparring with someone experienced</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="463"/>
        <source>A topic for the group session</source>
        <translation>A topic for the group session</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>No rush</source>
        <translation>No rush</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="466"/>
        <source>Send &amp;to</source>
        <translation>Send &amp;to</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="467"/>
        <source>Show the exact message data</source>
        <translation>Show the exact message data</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="468"/>
        <source>Your text (stays on this computer)</source>
        <translation>Your text (stays on this computer)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="470"/>
        <source>What will be sent</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="471"/>
        <source>Replaced before sending</source>
        <translation>Replaced before sending</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Found in your text</source>
        <translation>Found in your text</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="475"/>
        <source>Hide a &amp;word the check missed</source>
        <translation>Hide a &amp;word the check missed</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="476"/>
        <source>word or name</source>
        <translation>word or name</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="477"/>
        <source>Hide in this case</source>
        <translation>Hide in this case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="478"/>
        <source>Adds the word to the case&apos;s identifying details</source>
        <translation>Adds the word to the case&apos;s identifying details</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="479"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="480"/>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="481"/>
        <source>&amp;E-mail draft</source>
        <translation>&amp;E-mail draft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="482"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="483"/>
        <source>&amp;Next: check</source>
        <translation>&amp;Next: check</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="576"/>
        <source>The privacy check failed; nothing can be sent. (%1)</source>
        <translation>The privacy check failed; nothing can be sent. (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="693"/>
        <source>Harmless</source>
        <translation>Harmless</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="694"/>
        <source>Send this word as it is</source>
        <translation>Send this word as it is</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="698"/>
        <source>Always hidden</source>
        <translation>Always hidden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="702"/>
        <source>Identifiers, contact details, addresses and the case&apos;s identifying details are always hidden</source>
        <translation>Identifiers, contact details, addresses and the case&apos;s identifying details are always hidden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="708"/>
        <source>Replaced before sending: %n</source>
        <translation>
            <numerusform>Replaced before sending: %n</numerusform>
            <numerusform>Replaced before sending: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="746"/>
        <source>Yes, hide it</source>
        <translation>Yes, hide it</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="748"/>
        <source>No, it is fine</source>
        <translation>No, it is fine</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="753"/>
        <source>I have checked</source>
        <translation>I have checked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="759"/>
        <source>Questions for you: %n</source>
        <translation>
            <numerusform>Questions for you: %n</numerusform>
            <numerusform>Questions for you: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="833"/>
        <source>What will be copied or saved (no channel yet)</source>
        <translation>What will be copied or saved (no channel yet)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="846"/>
        <source>What will be sent to %1</source>
        <translation>What will be sent to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="848"/>
        <source>(%n messages, in this order)</source>
        <translation>
            <numerusform>(%n message, in this order)</numerusform>
            <numerusform>(%n messages, in this order)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="869"/>
        <source>Notified: %1</source>
        <translation>Notified: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="871"/>
        <source>Not notified (no %1 id; named as plain text): %2</source>
        <translation>Not notified (no %1 id; named as plain text): %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send to %1</source>
        <translation>&amp;Send to %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="919"/>
        <source>Checking for identifying details…</source>
        <translation>Checking for identifying details…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="922"/>
        <source>Still identifying in the text to be sent: %1. Change the placeholder or the text.</source>
        <translation>Still identifying in the text to be sent: %1. Change the placeholder or the text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="925"/>
        <source>Answer %n question(s) under “Questions for you” before sending.</source>
        <translation>
            <numerusform>Answer %n question under “Questions for you” before sending.</numerusform>
            <numerusform>Answer %n questions under “Questions for you” before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="930"/>
        <source>Checked: %n detail(s) replaced. No channel yet: add one in Settings → Channels, or copy, save or e-mail the text.</source>
        <translation>
            <numerusform>Checked: %n detail replaced. No channel yet: add one in Settings → Channels, or copy, save or e-mail the text.</numerusform>
            <numerusform>Checked: %n details replaced. No channel yet: add one in Settings → Channels, or copy, save or e-mail the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="932"/>
        <source>Checked: %n detail(s) replaced. Only the text under “What will be sent” leaves this computer.</source>
        <translation>
            <numerusform>Checked: %n detail replaced. Only the text under “What will be sent” leaves this computer.</numerusform>
            <numerusform>Checked: %n details replaced. Only the text under “What will be sent” leaves this computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="966"/>
        <source>The message got a new reference; check it and send again.</source>
        <translation>The message got a new reference; check it and send again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="984"/>
        <source>Copied. Paste it in your chat or e-mail.</source>
        <translation>Copied. Paste it in your chat or e-mail.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="996"/>
        <source>Save the question</source>
        <translation>Save the question</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="997"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1009"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Sent as</source>
        <translation>Sent as</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="474"/>
        <source>Double-click a placeholder to change it</source>
        <translation>Double-click a placeholder to change it</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="715"/>
        <source>identifying detail</source>
        <translation>identifying detail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1040"/>
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1041"/>
        <source>Your text is kept as a draft of this case: you can go on with it later from the Requests tab.</source>
        <translation>Your text is kept as a draft of this case: you can go on with it later from the Requests tab.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1043"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Keep the draft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1044"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1045"/>
        <source>&amp;Go on writing</source>
        <translation>&amp;Go on writing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="722"/>
        <source>Is &apos;%1&apos; a name or place that should be hidden?</source>
        <translation>Is &apos;%1&apos; a name or place that should be hidden?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="723"/>
        <source>What is the number &apos;%1&apos;? It may be an identifier.</source>
        <translation>What is the number &apos;%1&apos;? It may be an identifier.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="724"/>
        <source>Age, town and occupation together can identify the client. Could one of them be more general?</source>
        <translation>Age, town and occupation together can identify the client. Could one of them be more general?</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="20"/>
        <source>Wrong passphrase: the vault stays locked.</source>
        <translation>Wrong passphrase: the vault stays locked.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="21"/>
        <source>Wrong recovery key: the vault stays locked.</source>
        <translation>Wrong recovery key: the vault stays locked.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="22"/>
        <source>Wrong key: the vault stays locked.</source>
        <translation>Wrong key: the vault stays locked.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="23"/>
        <source>Wrong %1: the vault stays locked.</source>
        <translation>Wrong %1: the vault stays locked.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="24"/>
        <source>No CoachDesk vault in %1 (create one with &apos;coachdesk init&apos;).</source>
        <translation>No CoachDesk vault in %1 (create one with &apos;coachdesk init&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="25"/>
        <source>A CoachDesk vault already exists in %1; nothing was changed.</source>
        <translation>A CoachDesk vault already exists in %1; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="26"/>
        <source>The vault is damaged or is not a CoachDesk vault; nothing was changed.</source>
        <translation>The vault is damaged or is not a CoachDesk vault; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="27"/>
        <source>This vault was written by a newer CoachDesk (schema %1); update CoachDesk to open it.</source>
        <translation>This vault was written by a newer CoachDesk (schema %1); update CoachDesk to open it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="28"/>
        <source>The vault is in use by another CoachDesk process; close it first.</source>
        <translation>The vault is in use by another CoachDesk process; close it first.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="29"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="30"/>
        <source>The system keychain is unavailable or locked; enter your passphrase instead.</source>
        <translation>The system keychain is unavailable or locked; enter your passphrase instead.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="31"/>
        <source>The disk is full: the change was rolled back and nothing was saved.</source>
        <translation>The disk is full: the change was rolled back and nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="40"/>
        <source>The vault fails its checks, so no backup was written: %1</source>
        <translation>The vault fails its checks, so no backup was written: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="41"/>
        <source>The retention period is at least 1 month.</source>
        <translation>The retention period is at least 1 month.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="33"/>
        <source>Invalid request reference %1.</source>
        <translation>Invalid request reference %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="32"/>
        <source>Language must be fi, sv or en, not %1.</source>
        <translation>Language must be fi, sv or en, not %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="34"/>
        <source>A request needs a topic.</source>
        <translation>A request needs a topic.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="35"/>
        <source>Write your question in one sentence.</source>
        <translation>Write your question in one sentence.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="36"/>
        <source>Choose the kind of help you want.</source>
        <translation>Choose the kind of help you want.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="37"/>
        <source>Invalid case code %1: use 1-32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, e.g. K-2026-014.</source>
        <translation>Invalid case code %1: use 1-32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, e.g. K-2026-014.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="38"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 must be between %2 and %3, not %4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="39"/>
        <source>A GAS level is -2, -1, 0, +1 or +2, not %1.</source>
        <translation>A GAS level is -2, -1, 0, +1 or +2, not %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="42"/>
        <source>Never-scrub term %1: %2</source>
        <translation>Never-scrub term %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="43"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="44"/>
        <source>At most %1 never-scrub terms.</source>
        <translation>At most %1 never-scrub terms.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="45"/>
        <source>A person&apos;s name alone is never kept; a never-scrub term is a phrase the team uses, like Perjantaipiiri or Duunipolku-hanke.</source>
        <translation>A person&apos;s name alone is never kept; a never-scrub term is a phrase the team uses, like Perjantaipiiri or Duunipolku-hanke.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="46"/>
        <source>A term must be text.</source>
        <translation>A term must be text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="47"/>
        <source>A term cannot hold line breaks, tabs or invisible control characters.</source>
        <translation>A term cannot hold line breaks, tabs or invisible control characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="48"/>
        <source>A term is %1-%2 characters.</source>
        <translation>A term is %1-%2 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="49"/>
        <source>A term needs at least two letters or digits.</source>
        <translation>A term needs at least two letters or digits.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="50"/>
        <source>An identifier (e-mail address, phone number, identity code, address) is always hidden; it cannot be a never-scrub term.</source>
        <translation>An identifier (e-mail address, phone number, identity code, address) is always hidden; it cannot be a never-scrub term.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="51"/>
        <source>No never-scrub term %1 (see &apos;coachdesk vocabulary list&apos;).</source>
        <translation>No never-scrub term %1 (see &apos;coachdesk vocabulary list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="52"/>
        <source>No such folder: %1</source>
        <translation>No such folder: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="53"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="54"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="55"/>
        <source>A channel name is 1-%1 characters.</source>
        <translation>A channel name is 1-%1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="56"/>
        <source>No channel named %1 (see &apos;coachdesk channel list&apos;).</source>
        <translation>No channel named %1 (see &apos;coachdesk channel list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="57"/>
        <source>No channel with id %1.</source>
        <translation>No channel with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="58"/>
        <source>The webhook URL of channel %1 is missing; remove and add the channel again.</source>
        <translation>The webhook URL of channel %1 is missing; remove and add the channel again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="59"/>
        <source>A channel named %1 already exists; remove it first.</source>
        <translation>A channel named %1 already exists; remove it first.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="60"/>
        <source>A colleague needs a name (at most 100 characters).</source>
        <translation>A colleague needs a name (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="61"/>
        <source>%1 is not a Teams user name (UPN), e.g. maija.mentori@example.fi.</source>
        <translation>%1 is not a Teams user name (UPN), e.g. maija.mentori@example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="62"/>
        <source>%1 is not a Slack member id (like U012ABCDEF).</source>
        <translation>%1 is not a Slack member id (like U012ABCDEF).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="63"/>
        <source>No colleague with id %1.</source>
        <translation>No colleague with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="64"/>
        <source>The e-mail subject alone is too long for an e-mail link.</source>
        <translation>The e-mail subject alone is too long for an e-mail link.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="65"/>
        <source>Save the request as .md or .txt.</source>
        <translation>Save the request as .md or .txt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="66"/>
        <source>No outbox item %1 (see &apos;coachdesk outbox list&apos;).</source>
        <translation>No outbox item %1 (see &apos;coachdesk outbox list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="67"/>
        <source>The message must show its reference #%1 so colleagues can spot a duplicate.</source>
        <translation>The message must show its reference #%1 so colleagues can spot a duplicate.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="68"/>
        <source>Outbox item %1 is %2, not a draft.</source>
        <translation>Outbox item %1 is %2, not a draft.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="69"/>
        <source>The message changed after the preview; preview it again before sending.</source>
        <translation>The message changed after the preview; preview it again before sending.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="70"/>
        <source>Outbox item %1 is %2; this is possible only when it is %3.</source>
        <translation>Outbox item %1 is %2; this is possible only when it is %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="71"/>
        <source>The message is too long for one Slack message; shorten it.</source>
        <translation>The message is too long for one Slack message; shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="72"/>
        <source>The message is too long for Discord (%1 characters); shorten it.</source>
        <translation>The message is too long for Discord (%1 characters); shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="73"/>
        <source>The message is too long for Google Chat (%1 characters); shorten it.</source>
        <translation>The message is too long for Google Chat (%1 characters); shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="74"/>
        <source>The message is too long for Mattermost (%1 characters); shorten it.</source>
        <translation>The message is too long for Mattermost (%1 characters); shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="75"/>
        <source>The message payload must be a JSON object.</source>
        <translation>The message payload must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="76"/>
        <source>The message payload is not valid UTF-8 JSON.</source>
        <translation>The message payload is not valid UTF-8 JSON.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="77"/>
        <source>The Teams card is %1 KB; the limit is 20 KB. Shorten the message.</source>
        <translation>The Teams card is %1 KB; the limit is 20 KB. Shorten the message.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="78"/>
        <source>A Teams payload must be a message with one Adaptive Card attachment.</source>
        <translation>A Teams payload must be a message with one Adaptive Card attachment.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="79"/>
        <source>A Discord payload needs non-empty content.</source>
        <translation>A Discord payload needs non-empty content.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="80"/>
        <source>A %1 payload needs a non-empty text.</source>
        <translation>A %1 payload needs a non-empty text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="81"/>
        <source>Could not find a free request reference.</source>
        <translation>Could not find a free request reference.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="82"/>
        <source>No help request with id %1.</source>
        <translation>No help request with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="83"/>
        <source>Say which kind of help you received.</source>
        <translation>Say which kind of help you received.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="84"/>
        <source>A follow-up needs some text.</source>
        <translation>A follow-up needs some text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="85"/>
        <source>The request is being sent right now; try again in a moment.</source>
        <translation>The request is being sent right now; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="86"/>
        <source>The case, note or reflection of this request no longer exists.</source>
        <translation>The case, note or reflection of this request no longer exists.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="87"/>
        <source>The request reference #%1 is already in use.</source>
        <translation>The request reference #%1 is already in use.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="88"/>
        <source>Channel %1 is now %2, but the message was made for %3.</source>
        <translation>Channel %1 is now %2, but the message was made for %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="89"/>
        <source>The webhook URL is empty.</source>
        <translation>The webhook URL is empty.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="90"/>
        <source>The webhook URL is longer than %1 characters.</source>
        <translation>The webhook URL is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="91"/>
        <source>The webhook URL contains spaces or control characters.</source>
        <translation>The webhook URL contains spaces or control characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="92"/>
        <source>The webhook URL must start with https://, for example %1</source>
        <translation>The webhook URL must start with https://, for example %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="93"/>
        <source>The webhook URL must not contain a user name or password.</source>
        <translation>The webhook URL must not contain a user name or password.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="94"/>
        <source>The webhook URL must not contain a &apos;#&apos; fragment.</source>
        <translation>The webhook URL must not contain a &apos;#&apos; fragment.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="95"/>
        <source>The webhook URL must use https:// (plain http would expose the message).</source>
        <translation>The webhook URL must use https:// (plain http would expose the message).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="96"/>
        <source>Unexpected port %1 in the %2 webhook URL.</source>
        <translation>Unexpected port %1 in the %2 webhook URL.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="97"/>
        <source>The webhook URL has no valid host name.</source>
        <translation>The webhook URL has no valid host name.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="98"/>
        <source>The webhook URL is not a valid URL.</source>
        <translation>The webhook URL is not a valid URL.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="99"/>
        <source>%1 cannot be read as a CoachDesk backup.</source>
        <translation>%1 cannot be read as a CoachDesk backup.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="100"/>
        <source>%1 is not a CoachDesk backup.</source>
        <translation>%1 is not a CoachDesk backup.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="101"/>
        <source>%1 looks like a binary file; nothing was imported.</source>
        <translation>%1 looks like a binary file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="102"/>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.</source>
        <translation>%1 is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="103"/>
        <source>%1 holds control characters, not text; nothing was imported.</source>
        <translation>%1 holds control characters, not text; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="104"/>
        <source>%1: only .txt and .md files can be imported; nothing was imported.</source>
        <translation>%1: only .txt and .md files can be imported; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="105"/>
        <source>%1 is empty; nothing was imported.</source>
        <translation>%1 is empty; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="106"/>
        <source>%1 is larger than 10 MB; nothing was imported.</source>
        <translation>%1 is larger than 10 MB; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="107"/>
        <source>%1: no such file; nothing was imported.</source>
        <translation>%1: no such file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="108"/>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>%1 cannot be read (%2); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="109"/>
        <source>A passphrase or the recovery key is needed to verify the backup.</source>
        <translation>A passphrase or the recovery key is needed to verify the backup.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="110"/>
        <source>The case has not been saved yet.</source>
        <translation>The case has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="111"/>
        <source>No case with code %1.</source>
        <translation>No case with code %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="112"/>
        <source>An identifying detail must not be empty.</source>
        <translation>An identifying detail must not be empty.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="113"/>
        <source>The note has not been saved yet.</source>
        <translation>The note has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="114"/>
        <source>No case with id %1.</source>
        <translation>No case with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="115"/>
        <source>A goal needs a title.</source>
        <translation>A goal needs a title.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="116"/>
        <source>No goal with id %1.</source>
        <translation>No goal with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="117"/>
        <source>No reflection with id %1.</source>
        <translation>No reflection with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="118"/>
        <source>The case code %1 is already in use.</source>
        <translation>The case code %1 is already in use.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="119"/>
        <source>No note with id %1.</source>
        <translation>No note with id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="120"/>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="121"/>
        <source>The new passphrase must not be empty.</source>
        <translation>The new passphrase must not be empty.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="122"/>
        <source>The privacy scrubber could not be loaded (%1); scrubbed and brief summaries cannot be printed.</source>
        <translation>The privacy scrubber could not be loaded (%1); scrubbed and brief summaries cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="123"/>
        <source>The vault is being re-encrypted with a new key; try again in a moment.</source>
        <translation>The vault is being re-encrypted with a new key; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="124"/>
        <source>%1 is larger than %2%3.</source>
        <translation>%1 is larger than %2%3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="125"/>
        <source>%1 is %2, not %3%4.</source>
        <translation>%1 is %2, not %3%4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="126"/>
        <source>%1 is a folder, not a text file; nothing was imported.</source>
        <translation>%1 is a folder, not a text file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="127"/>
        <source>%1 is a named pipe (FIFO), not a text file; nothing was imported.</source>
        <translation>%1 is a named pipe (FIFO), not a text file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="128"/>
        <source>%1 is a device, not a text file; nothing was imported.</source>
        <translation>%1 is a device, not a text file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="129"/>
        <source>%1 is a socket, not a text file; nothing was imported.</source>
        <translation>%1 is a socket, not a text file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="130"/>
        <source>%1 is not a regular file, not a text file; nothing was imported.</source>
        <translation>%1 is not a regular file, not a text file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="131"/>
        <source>Unknown channel option %1.</source>
        <translation>Unknown channel option %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="132"/>
        <source>Only a Discord channel can be a forum channel.</source>
        <translation>Only a Discord channel can be a forum channel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="133"/>
        <source>A colleague entry must be an object with a name.</source>
        <translation>A colleague entry must be an object with a name.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="134"/>
        <source>A colleague&apos;s expertise must be a list of words.</source>
        <translation>A colleague&apos;s expertise must be a list of words.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="135"/>
        <source>A colleague&apos;s name and ids must be text.</source>
        <translation>A colleague&apos;s name and ids must be text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="136"/>
        <source>The colleague directory must be a list of colleagues.</source>
        <translation>The colleague directory must be a list of colleagues.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="137"/>
        <source>Colleague %1: %2</source>
        <translation>Colleague %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="138"/>
        <source>Colleague %1: the name %2 is twice in the file; nothing was imported.</source>
        <translation>Colleague %1: the name %2 is twice in the file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="139"/>
        <source>%1 is not %2.</source>
        <translation>%1 is not %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="140"/>
        <source>%1 is not a Mattermost username (like maija.mentori).</source>
        <translation>%1 is not a Mattermost username (like maija.mentori).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="141"/>
        <source>%1 is not a Google Chat user id (like users/123456789012345678901).</source>
        <translation>%1 is not a Google Chat user id (like users/123456789012345678901).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="142"/>
        <source>%1 is not a Discord user id (17-20 digits, like 123456789012345678).</source>
        <translation>%1 is not a Discord user id (17-20 digits, like 123456789012345678).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="143"/>
        <source>A colleague&apos;s name, tags or ids contain control or invisible characters.</source>
        <translation>A colleague&apos;s name, tags or ids contain control or invisible characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="144"/>
        <source>The sign-in settings are not readable.</source>
        <translation>The sign-in settings are not readable.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="145"/>
        <source>The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.</source>
        <translation>The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="146"/>
        <source>The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.</source>
        <translation>The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="147"/>
        <source>Unknown cloud %1; one of %2.</source>
        <translation>Unknown cloud %1; one of %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="148"/>
        <source>A sign-in host other than Microsoft&apos;s is allowed only on this computer (tests).</source>
        <translation>A sign-in host other than Microsoft&apos;s is allowed only on this computer (tests).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="149"/>
        <source>The webhook URL&apos;s host looks like an address but is not a valid one.</source>
        <translation>The webhook URL&apos;s host looks like an address but is not a valid one.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="150"/>
        <source>The webhook host %1 is an internal address (loopback, private, link-local or similar); CoachDesk posts only to public hosts. An administrator testing a flow locally can set COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md).</source>
        <translation>The webhook host %1 is an internal address (loopback, private, link-local or similar); CoachDesk posts only to public hosts. An administrator testing a flow locally can set COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="151"/>
        <source>There is nothing to send.</source>
        <translation>There is nothing to send.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="152"/>
        <source>Outbox item %1 was cancelled: you decided not to send it, so it is not retried; write a new request to ask again.</source>
        <translation>Outbox item %1 was cancelled: you decided not to send it, so it is not retried; write a new request to ask again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="153"/>
        <source>Only the first part of a Discord forum post opens a post (thread); no link is needed.</source>
        <translation>Only the first part of a Discord forum post opens a post (thread); no link is needed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="154"/>
        <source>Outbox item %1 is not a later part of a Discord forum post.</source>
        <translation>Outbox item %1 is not a later part of a Discord forum post.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="155"/>
        <source>Part 1 of this post is not sent yet; it opens the post when it is sent.</source>
        <translation>Part 1 of this post is not sent yet; it opens the post when it is sent.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="156"/>
        <source>Give the forum post&apos;s link (in Discord: right-click the post &gt; Copy Link; https://discord.com/channels/...) or its thread id.</source>
        <translation>Give the forum post&apos;s link (in Discord: right-click the post &gt; Copy Link; https://discord.com/channels/...) or its thread id.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="157"/>
        <source>part 1 opened a Discord forum post that CoachDesk did not see (marked delivered by hand), so this part needs the post&apos;s link: %1</source>
        <translation>part 1 opened a Discord forum post that CoachDesk did not see (marked delivered by hand), so this part needs the post&apos;s link: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="158"/>
        <source>in Discord right-click the post &gt; Copy Link, then run &apos;coachdesk outbox thread %1 LINK&apos; (or cancel the rest)</source>
        <translation>in Discord right-click the post &gt; Copy Link, then run &apos;coachdesk outbox thread %1 LINK&apos; (or cancel the rest)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="159"/>
        <source>A single character is too long for this platform.</source>
        <translation>A single character is too long for this platform.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="160"/>
        <source>The title or the mentions are too long for one message on this platform; shorten them.</source>
        <translation>The title or the mentions are too long for one message on this platform; shorten them.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="161"/>
        <source>The message would need more than %1 posts on this platform; shorten it.</source>
        <translation>The message would need more than %1 posts on this platform; shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="162"/>
        <source>The title is too long for Slack; shorten the topic.</source>
        <translation>The title is too long for Slack; shorten the topic.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="163"/>
        <source>The title and mentions are too long for Discord; shorten them.</source>
        <translation>The title and mentions are too long for Discord; shorten them.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="164"/>
        <source>The message is too long for one %1 post; shorten it.</source>
        <translation>The message is too long for one %1 post; shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="165"/>
        <source>Discord content is limited to %1 characters.</source>
        <translation>Discord content is limited to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="166"/>
        <source>A Discord embed is limited to %1 characters.</source>
        <translation>A Discord embed is limited to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="167"/>
        <source>A Slack message holds at most %1 blocks.</source>
        <translation>A Slack message holds at most %1 blocks.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="168"/>
        <source>The Slack message is too long; shorten it.</source>
        <translation>The Slack message is too long; shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="169"/>
        <source>Google Chat text is limited to %1 characters.</source>
        <translation>Google Chat text is limited to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="170"/>
        <source>Mattermost text is limited to %1 characters.</source>
        <translation>Mattermost text is limited to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="171"/>
        <source>it contains control characters</source>
        <translation>it contains control characters</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="172"/>
        <source>not a channel entry</source>
        <translation>not a channel entry</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="173"/>
        <source>a file may not name its own sign-in host (only Microsoft&apos;s sign-in is used)</source>
        <translation>a file may not name its own sign-in host (only Microsoft&apos;s sign-in is used)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="174"/>
        <source>the channel options are not readable</source>
        <translation>the channel options are not readable</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="175"/>
        <source>the name is twice in the file</source>
        <translation>the name is twice in the file</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="176"/>
        <source>Choose a passphrase of at least %1 characters for the team file; nothing was written.</source>
        <translation>Choose a passphrase of at least %1 characters for the team file; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="177"/>
        <source>The file is larger than %1 MB: not a team setup file; nothing was imported.</source>
        <translation>The file is larger than %1 MB: not a team setup file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="178"/>
        <source>This team setup file was made by a newer CoachDesk; update CoachDesk to import it.</source>
        <translation>This team setup file was made by a newer CoachDesk; update CoachDesk to import it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="179"/>
        <source>The team setup file asks for unreasonable key settings; nothing was imported.</source>
        <translation>The team setup file asks for unreasonable key settings; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="180"/>
        <source>The team setup file is damaged; nothing was imported.</source>
        <translation>The team setup file is damaged; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="181"/>
        <source>This is not a CoachDesk team setup file; nothing was imported.</source>
        <translation>This is not a CoachDesk team setup file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="182"/>
        <source>Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.</source>
        <translation>Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="183"/>
        <source>Wrong passphrase, or the file was changed after it was made; nothing was imported.</source>
        <translation>Wrong passphrase, or the file was changed after it was made; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="184"/>
        <source>Only Teams (Workflows) channels can be protected by sign-in.</source>
        <translation>Only Teams (Workflows) channels can be protected by sign-in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="185"/>
        <source>This trigger URL carries a signature (sig=...): it needs no sign-in; add it without &apos;protected (sign-in)&apos;.</source>
        <translation>This trigger URL carries a signature (sig=...): it needs no sign-in; add it without &apos;protected (sign-in)&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="186"/>
        <source>This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your organisation, so it needs sign-in: add the channel as &apos;protected (sign-in)&apos; with your organisation&apos;s tenant and app id (docs/teams-setup.md).</source>
        <translation>This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your organisation, so it needs sign-in: add the channel as &apos;protected (sign-in)&apos; with your organisation&apos;s tenant and app id (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="187"/>
        <source>This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow instead: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow instead: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="188"/>
        <source>This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November 2025. Copy the new URL from the flow: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November 2025. Copy the new URL from the flow: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="189"/>
        <source>%1 belongs to the CoachDesk vault in %2; choose a file outside the vault folder; nothing was written.</source>
        <translation>%1 belongs to the CoachDesk vault in %2; choose a file outside the vault folder; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="190"/>
        <source>%1 is not a CoachDesk backup file.</source>
        <translation>%1 is not a CoachDesk backup file.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="191"/>
        <source>The vault in %1 is not a demo vault: &apos;demo --force&apos; replaces only a demo vault; nothing was changed.</source>
        <translation>The vault in %1 is not a demo vault: &apos;demo --force&apos; replaces only a demo vault; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="192"/>
        <source>The vault folder %1 is read-only or not yours to write: CoachDesk keeps its lock and journal there; nothing was changed.</source>
        <translation>The vault folder %1 is read-only or not yours to write: CoachDesk keeps its lock and journal there; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="193"/>
        <source>%1 %2; nothing was imported.</source>
        <translation>%1 %2; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="194"/>
        <source>%1 is a link to %2, outside its folder; import that file itself; nothing was imported.</source>
        <translation>%1 is a link to %2, outside its folder; import that file itself; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="195"/>
        <source>%1 is not a .txt or .md file (only those can be imported); nothing was imported.</source>
        <translation>%1 is not a .txt or .md file (only those can be imported); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="196"/>
        <source>This does not look like a %1 webhook URL (%2); expected %3</source>
        <translation>This does not look like a %1 webhook URL (%2); expected %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="197"/>
        <source>the host is not a Power Automate environment host</source>
        <translation>the host is not a Power Automate environment host</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="198"/>
        <source>the path is not a Workflows trigger</source>
        <translation>the path is not a Workflows trigger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="199"/>
        <source>the host must be hooks.slack.com</source>
        <translation>the host must be hooks.slack.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="200"/>
        <source>the path must be /services/T.../B.../...</source>
        <translation>the path must be /services/T.../B.../...</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="201"/>
        <source>the path must end in /hooks/&lt;id&gt;</source>
        <translation>the path must end in /hooks/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="202"/>
        <source>the host must be chat.googleapis.com</source>
        <translation>the host must be chat.googleapis.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="203"/>
        <source>the path must be /v1/spaces/&lt;space&gt;/messages</source>
        <translation>the path must be /v1/spaces/&lt;space&gt;/messages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="204"/>
        <source>key= and token= are missing</source>
        <translation>key= and token= are missing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="205"/>
        <source>the host must be discord.com</source>
        <translation>the host must be discord.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="206"/>
        <source>the path must be /api/webhooks/&lt;id&gt;/&lt;token&gt;</source>
        <translation>the path must be /api/webhooks/&lt;id&gt;/&lt;token&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="207"/>
        <source>thread_id= must be the thread&apos;s number</source>
        <translation>thread_id= must be the thread&apos;s number</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="208"/>
        <source>Pyynnöllä pitää olla aihe.</source>
        <translation>A request needs a topic.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="209"/>
        <source>Kirjoita kysymyksesi yhdellä lauseella.</source>
        <translation>Write your question in one sentence.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="210"/>
        <source>Valitse, millaista apua toivot.</source>
        <translation>Choose the kind of help you want.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="211"/>
        <source>%1 is a one-way (webhook) kind. %2</source>
        <translation>%1 is a one-way (webhook) kind. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="212"/>
        <source>%1 is a two-way channel: add it with its token and channel ID.</source>
        <translation>%1 is a two-way channel: add it with its token and channel ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="213"/>
        <source>%1 is a webhook kind. %2</source>
        <translation>%1 is a webhook kind. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="214"/>
        <source>A %1 channel posts through the platform&apos;s API, not a webhook URL.</source>
        <translation>A %1 channel posts through the platform&apos;s API, not a webhook URL.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="215"/>
        <source>A %1 other than the platform&apos;s own is allowed only on this computer (tests).</source>
        <translation>A %1 other than the platform&apos;s own is allowed only on this computer (tests).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="216"/>
        <source>A Mattermost access token is 26 letters and digits (Profile &gt; Security &gt; Personal Access Tokens).</source>
        <translation>A Mattermost access token is 26 letters and digits (Profile &gt; Security &gt; Personal Access Tokens).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="217"/>
        <source>A Mattermost channel ID is 26 letters and digits (channel menu &gt; View Info).</source>
        <translation>A Mattermost channel ID is 26 letters and digits (channel menu &gt; View Info).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="218"/>
        <source>A Mattermost post needs its channel ID and a non-empty message.</source>
        <translation>A Mattermost post needs its channel ID and a non-empty message.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="219"/>
        <source>A Slack app message names its channel ID.</source>
        <translation>A Slack app message names its channel ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="220"/>
        <source>A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).</source>
        <translation>A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="221"/>
        <source>A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth &amp; Permissions.</source>
        <translation>A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth &amp; Permissions.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="222"/>
        <source>A Teams (Graph) channel needs the tenant and application ID for the sign-in.</source>
        <translation>A Teams (Graph) channel needs the tenant and application ID for the sign-in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="223"/>
        <source>A Teams (Graph) message needs an HTML body.</source>
        <translation>A Teams (Graph) message needs an HTML body.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="224"/>
        <source>A Teams channel ID looks like 19:abc...@thread.tacv2 (channel &apos;...&apos; &gt; Get link).</source>
        <translation>A Teams channel ID looks like 19:abc...@thread.tacv2 (channel &apos;...&apos; &gt; Get link).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="225"/>
        <source>A team ID is a GUID (Teams: the team&apos;s &apos;...&apos; &gt; Get link to team: groupId=...).</source>
        <translation>A team ID is a GUID (Teams: the team&apos;s &apos;...&apos; &gt; Get link to team: groupId=...).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="226"/>
        <source>A two-way channel cannot be edited: remove it and add it again.</source>
        <translation>A two-way channel cannot be edited: remove it and add it again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="227"/>
        <source>A two-way channel needs its channel ID.</source>
        <translation>A two-way channel needs its channel ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="228"/>
        <source>Channel %1 is one-way. %2</source>
        <translation>Channel %1 is one-way. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="229"/>
        <source>Give the Mattermost server address, for example https://chat.example.fi.</source>
        <translation>Give the Mattermost server address, for example https://chat.example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="230"/>
        <source>No reply %1 (see &apos;coachdesk replies list&apos;).</source>
        <translation>No reply %1 (see &apos;coachdesk replies list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="231"/>
        <source>Replies are read for 1-3650 days after sending.</source>
        <translation>Replies are read for 1-3650 days after sending.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="232"/>
        <source>The %1 must look like https://chat.example.fi (no user, query or &apos;#&apos;).</source>
        <translation>The %1 must look like https://chat.example.fi (no user, query or &apos;#&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="233"/>
        <source>The %1 must use https://.</source>
        <translation>The %1 must use https://.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="234"/>
        <source>The Teams message is too long (about 28 KB at most); shorten it.</source>
        <translation>The Teams message is too long (about 28 KB at most); shorten it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="235"/>
        <source>The kind of help is one of: %1.</source>
        <translation>The kind of help is one of: %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="236"/>
        <source>The token of channel %1 is missing; remove and add the channel again.</source>
        <translation>The token of channel %1 is missing; remove and add the channel again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="237"/>
        <source>This reply is already an answer.</source>
        <translation>This reply is already an answer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="238"/>
        <source>Unknown cloud %1.</source>
        <translation>Unknown cloud %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="239"/>
        <source>Unknown sign-in use %1.</source>
        <translation>Unknown sign-in use %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="240"/>
        <source>The check of this request is not finished (%1 question(s) or detail(s) left); finish it in the app&apos;s composer. Nothing was written.</source>
        <translation>The check of this request is not finished (%1 question(s) or detail(s) left); finish it in the app&apos;s composer. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="241"/>
        <source>The preview file is not what this request would send now (the case or the file changed); preview it again. Nothing was queued.</source>
        <translation>The preview file is not what this request would send now (the case or the file changed); preview it again. Nothing was queued.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="242"/>
        <source>Request #%1 was submitted already; preview a new request. Nothing was queued.</source>
        <translation>Request #%1 was submitted already; preview a new request. Nothing was queued.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="243"/>
        <source>No request #%1.</source>
        <translation>No request #%1.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="40"/>
        <source>CoachDesk — The vault needs attention</source>
        <translation>CoachDesk — The vault needs attention</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="44"/>
        <source>Your vault could not be read correctly</source>
        <translation>Your vault could not be read correctly</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="48"/>
        <source>Part of the vault file is damaged, perhaps by a disk or power problem. CoachDesk has not changed it and will not write over it.

You can restore an automatic backup into a new folder next to it. Notes written after that backup are not in it; the damaged vault stays where it is, so nothing is lost for good.</source>
        <translation>Part of the vault file is damaged, perhaps by a disk or power problem. CoachDesk has not changed it and will not write over it.

You can restore an automatic backup into a new folder next to it. Notes written after that backup are not in it; the damaged vault stays where it is, so nothing is lost for good.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="56"/>
        <source>Automatic backups, newest first</source>
        <translation>Automatic backups, newest first</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="66"/>
        <source>Automatic backups (newest first):</source>
        <translation>Automatic backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="71"/>
        <source>There are no automatic backups in this folder. If you saved a backup elsewhere, use Restore from a backup and choose it.</source>
        <translation>There are no automatic backups in this folder. If you saved a backup elsewhere, use Restore from a backup and choose it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="76"/>
        <source>Damaged vault: %1</source>
        <translation>Damaged vault: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore the newest backup…</source>
        <translation>&amp;Restore the newest backup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="85"/>
        <source>&amp;Copy error and quit</source>
        <translation>&amp;Copy error and quit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="110"/>
        <source>Restored into a new folder. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Restored into a new folder. Unlock it with the backup&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="190"/>
        <location filename="../../coachdesk/app/settings_dialog.py" line="227"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="191"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="195"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Data folder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="199"/>
        <source>The vault in this folder opens at the next start. The current vault: %1</source>
        <translation>The vault in this folder opens at the next start. The current vault: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="205"/>
        <source>&amp;Keep closed cases for</source>
        <translation>&amp;Keep closed cases for</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="208"/>
        <source> months after closing</source>
        <translation> months after closing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="209"/>
        <source>Keep closed cases for months after closing</source>
        <translation>Keep closed cases for months after closing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="216"/>
        <source>After that CoachDesk reminds you; a case is deleted only when you confirm. The default is 12 months.</source>
        <translation>After that CoachDesk reminds you; a case is deleted only when you confirm. The default is 12 months.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="224"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="242"/>
        <source>The data folder must be a folder.</source>
        <translation>The data folder must be a folder.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <location filename="../../ui/first_run.ui" line="72"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="150"/>
        <source>Use at least three unrelated words.</source>
        <translation>Use at least three unrelated words.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="151"/>
        <source>Too common: anyone could guess it.</source>
        <translation>Too common: anyone could guess it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="152"/>
        <source>Very weak: add words.</source>
        <translation>Very weak: add words.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="153"/>
        <source>Weak: add a word or two.</source>
        <translation>Weak: add a word or two.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="154"/>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Fair. A longer passphrase would be stronger.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="155"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="156"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="165"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="168"/>
        <source>The passphrase is too weak.</source>
        <translation>The passphrase is too weak.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="172"/>
        <source>Creating your encrypted vault…</source>
        <translation>Creating your encrypted vault…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="198"/>
        <location filename="../../coachdesk/app/first_run.py" line="208"/>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="6"/>
        <source>CoachDesk — Welcome</source>
        <translation>CoachDesk — Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="12"/>
        <source>Welcome to CoachDesk</source>
        <translation>Welcome to CoachDesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="13"/>
        <source>Your notes stay on this computer, encrypted. Choose a language, then create your private vault — or look around first with sample cases.</source>
        <translation>Your notes stay on this computer, encrypted. Choose a language, then create your private vault — or look around first with sample cases.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="16"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with &amp;sample cases</source>
        <translation>Try with &amp;sample cases</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with sample cases</source>
        <translation>Try with sample cases</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="29"/>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="30"/>
        <source>A few unrelated words are strong and easy to remember. Nobody — not even CoachDesk — can open the vault without it or the recovery key.</source>
        <translation>A few unrelated words are strong and easy to remember. Nobody — not even CoachDesk — can open the vault without it or the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="31"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="32"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="33"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="35"/>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="36"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="43"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="44"/>
        <source>If you forget your passphrase, this key is the only way back in. It is shown only now. Print it or save it as a PDF and keep it somewhere safe, away from this computer.</source>
        <translation>If you forget your passphrase, this key is the only way back in. It is shown only now. Print it or save it as a PDF and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="45"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="49"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="53"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="59"/>
        <source>Quick unlock</source>
        <translation>Quick unlock</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="60"/>
        <source>CoachDesk can keep the vault key in your operating system&apos;s keychain, so you can unlock with one click while you are logged in. You can change this later in Settings.</source>
        <translation>CoachDesk can keep the vault key in your operating system&apos;s keychain, so you can unlock with one click while you are logged in. You can change this later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="61"/>
        <source>Use &amp;quick unlock through the system keychain</source>
        <translation>Use &amp;quick unlock through the system keychain</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="70"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="81"/>
        <source>Did your team lead give you a team setup file? Import it to get the team&apos;s channels and colleagues (optional; also later in Settings).</source>
        <translation>Did your team lead give you a team setup file? Import it to get the team&apos;s channels and colleagues (optional; also later in Settings).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="83"/>
        <source>Import &amp;team setup…</source>
        <translation>Import &amp;team setup…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="67"/>
        <source>Record an answer</source>
        <translation>Record an answer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="69"/>
        <source>What came of “%1”? These notes stay in the case timeline.</source>
        <translation>What came of “%1”? These notes stay in the case timeline.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="78"/>
        <source>e.g. sparring offered Thursday</source>
        <translation>e.g. sparring offered Thursday</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="80"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="80"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="81"/>
        <source>1:1 sparring</source>
        <translation>1:1 sparring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="87"/>
        <source>what I will try next</source>
        <translation>what I will try next</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="88"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="89"/>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="90"/>
        <source>&amp;Help received</source>
        <translation>&amp;Help received</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="91"/>
        <source>What I will &amp;try</source>
        <translation>What I will &amp;try</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="118"/>
        <source>Write an answer, choose the help received or what you will try.</source>
        <translation>Write an answer, choose the help received or what you will try.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="30"/>
        <location filename="../../coachdesk/app/compose/followups.py" line="45"/>
        <source>Answer to %1</source>
        <translation>Answer to %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="32"/>
        <source>I will try (after %1)</source>
        <translation>I will try (after %1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>1:1 sparring</source>
        <translation>1:1 sparring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>group session</source>
        <translation>group session</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="34"/>
        <source>other help</source>
        <translation>other help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="36"/>
        <source>Help received (%1)</source>
        <translation>Help received (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="46"/>
        <source>Follow-up to %1</source>
        <translation>Follow-up to %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="47"/>
        <source>Help received</source>
        <translation>Help received</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="48"/>
        <source>I will try</source>
        <translation>I will try</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="53"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="54"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="57"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="58"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="59"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="62"/>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="49"/>
        <source>CoachDesk — New goal</source>
        <translation>CoachDesk — New goal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="52"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="53"/>
        <source>&amp;Goal</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="57"/>
        <location filename="../../coachdesk/app/overview_page.py" line="59"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="61"/>
        <source>Baseline level</source>
        <translation>Baseline level</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="65"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Baseline</translation>
    </message>
</context>
<context>
    <name>GroupTopicsDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="144"/>
        <source>Group session topics</source>
        <translation>Group session topics</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="146"/>
        <source>Anonymised: no case codes, pseudonyms or identifying details.</source>
        <translation>Anonymised: no case codes, pseudonyms or identifying details.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="157"/>
        <source>No topics yet. Mark a request as a group-session topic in its case&apos;s Requests tab.</source>
        <translation>No topics yet. Mark a request as a group-session topic in its case&apos;s Requests tab.</translation>
    </message>
</context>
<context>
    <name>IdentifiersPage</name>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="65"/>
        <source>Identifying details — never leave this computer. They are used only to highlight and remove them from notes and requests.</source>
        <translation>Identifying details — never leave this computer. They are used only to highlight and remove them from notes and requests.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="69"/>
        <source>Identifying details</source>
        <translation>Identifying details</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="70"/>
        <source>Name, place, employer…</source>
        <translation>Name, place, employer…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="71"/>
        <source>New identifying detail</source>
        <translation>New identifying detail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="72"/>
        <source>Kind of detail</source>
        <translation>Kind of detail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="79"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="14"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="15"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="16"/>
        <location filename="../../coachdesk/app/labels.py" line="27"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="22"/>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="23"/>
        <source>Goal setting</source>
        <translation>Goal setting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="24"/>
        <source>Work trial</source>
        <translation>Work trial</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="25"/>
        <source>Job coaching</source>
        <translation>Job coaching</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="26"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="33"/>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="34"/>
        <source>Pension insurer</source>
        <translation>Pension insurer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="35"/>
        <source>TE services</source>
        <translation>TE services</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="36"/>
        <source>Occupational health</source>
        <translation>Occupational health</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="37"/>
        <location filename="../../coachdesk/app/labels.py" line="56"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="43"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="44"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="45"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="46"/>
        <source>Network meeting</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="53"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="54"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="55"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="62"/>
        <source>Work Ability Score (0–10)</source>
        <translation>Work Ability Score (0–10)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="63"/>
        <source>Work Ability Index (7–49)</source>
        <translation>Work Ability Index (7–49)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="64"/>
        <source>Other measure</source>
        <translation>Other measure</translation>
    </message>
</context>
<context>
    <name>ListFormPage</name>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="115"/>
        <source>%1: the form has changes that are not saved. Save them, or choose New to drop them.</source>
        <translation>%1: the form has changes that are not saved. Save them, or choose New to drop them.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="126"/>
        <location filename="../../ui/lock_screen.ui" line="6"/>
        <source>CoachDesk — Locked</source>
        <translation>CoachDesk — Locked</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="128"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="168"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="175"/>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="202"/>
        <source>The vault is damaged. Nothing was changed.</source>
        <translation>The vault is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="208"/>
        <source>Wrong passphrase. Please wait a moment and try again.</source>
        <translation>Wrong passphrase. Please wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="214"/>
        <source>Quick unlock is not available right now. Enter your passphrase.</source>
        <translation>Quick unlock is not available right now. Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="219"/>
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="19"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="20"/>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="21"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="22"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="23"/>
        <source>Demo vault: the passphrase is demo-coachdesk</source>
        <translation>Demo vault: the passphrase is demo-coachdesk</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="24"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>&amp;Quick unlock</source>
        <translation>&amp;Quick unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>Quick unlock with the system keychain</source>
        <translation>Quick unlock with the system keychain</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>&amp;Forgot passphrase? Use the recovery key</source>
        <translation>&amp;Forgot passphrase? Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>Forgot passphrase</source>
        <translation>Forgot passphrase</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="176"/>
        <location filename="../../coachdesk/app/main_window.py" line="205"/>
        <location filename="../../coachdesk/app/main_window.py" line="347"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="178"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="181"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="182"/>
        <source>New session &amp;note</source>
        <translation>New session n&amp;ote</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="183"/>
        <source>New &amp;reflection…</source>
        <translation>New &amp;reflection…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="184"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="185"/>
        <source>General &amp;reflections</source>
        <translation>General &amp;reflections</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="187"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="189"/>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;About CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="190"/>
        <source>Good to see you</source>
        <translation>Good to see you</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="191"/>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation>Choose a case on the left, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>General reflections</source>
        <translation>General reflections</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="207"/>
        <source>demo vault</source>
        <translation>demo vault</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="81"/>
        <source>CoachDesk — New measurement</source>
        <translation>CoachDesk — New measurement</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="84"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="90"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="94"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="95"/>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="96"/>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="97"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="17"/>
        <source>CoachDesk — New case</source>
        <translation>CoachDesk — New case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="23"/>
        <source>A made-up name, e.g. Metsätie</source>
        <translation>A made-up name, e.g. Metsätie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="32"/>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>Pa&amp;yer</source>
        <translation>Pa&amp;yer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="35"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="38"/>
        <source>Use a pseudonym here. Real names go to the case&apos;s Identifying details, which never leave this computer.</source>
        <translation>Use a pseudonym here. Real names go to the case&apos;s Identifying details, which never leave this computer.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="132"/>
        <source>Note date</source>
        <translation>Note date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="133"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="134"/>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="136"/>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="137"/>
        <source>Write the session note here. It is saved as you type.</source>
        <translation>Write the session note here. It is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="256"/>
        <source>Saving soon…</source>
        <translation>Saving soon…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="291"/>
        <source>Highlighted words may identify the client. Consider the pseudonym “%1” or a general word instead.</source>
        <translation>Highlighted words may identify the client. Consider the pseudonym “%1” or a general word instead.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="294"/>
        <source>Highlighted words may identify the client. Consider a pseudonym or a general word.</source>
        <translation>Highlighted words may identify the client. Consider a pseudonym or a general word.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coachdesk/app/operations.py" line="95"/>
        <source>The operation failed (%1).</source>
        <translation>The operation failed (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="31"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="33"/>
        <source>Messages are delivered in the background; you can keep working.</source>
        <translation>Messages are delivered in the background; you can keep working.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="36"/>
        <source>Show sent and cancelled too</source>
        <translation>Show sent and cancelled too</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="48"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="49"/>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="50"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="56"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="10"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="11"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="12"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="13"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="14"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="15"/>
        <source>Needs fixing</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="16"/>
        <source>Possibly sent</source>
        <translation>Possibly sent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="17"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="37"/>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="38"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="39"/>
        <source>not sent (no connection), will retry</source>
        <translation>not sent (no connection), will retry</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="40"/>
        <source>busy, will retry</source>
        <translation>busy, will retry</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="41"/>
        <source>refused by the channel</source>
        <translation>refused by the channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="42"/>
        <source>no clear answer</source>
        <translation>no clear answer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="43"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="44"/>
        <source>send again</source>
        <translation>send again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="45"/>
        <source>marked delivered</source>
        <translation>marked delivered</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="46"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="50"/>
        <source>test message</source>
        <translation>test message</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="47"/>
        <source>waiting for sign-in</source>
        <translation>waiting for sign-in</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="18"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>P&amp;hase</source>
        <translation>Ph&amp;ase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>Pa&amp;yer</source>
        <translation>Pa&amp;yer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Referral</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Opened</source>
        <translation>Ope&amp;ned</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="199"/>
        <source>comma-separated, e.g. burnout, work trial</source>
        <translation>comma-separated, e.g. burnout, work trial</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="200"/>
        <source>who referred, e.g. occupational health</source>
        <translation>who referred, e.g. occupational health</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="210"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="211"/>
        <source>Goals (GAS)</source>
        <translation>Goals (GAS)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="213"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="217"/>
        <source>Add &amp;goal…</source>
        <translation>Add goa&amp;l…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="218"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="219"/>
        <source>Measure to chart</source>
        <translation>Measure to chart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="220"/>
        <source>Add &amp;measurement…</source>
        <translation>Add m&amp;easurement…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="299"/>
        <source>Current level of %1</source>
        <translation>Current level of %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="356"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="215"/>
        <source>No goals yet. Agree on a goal with the client and add it with “Add goal…”: its baseline and the five GAS levels (−2 … +2) show progress over time.</source>
        <translation>No goals yet. Agree on a goal with the client and add it with “Add goal…”: its baseline and the five GAS levels (−2 … +2) show progress over time.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="36"/>
        <source>CoachDesk — Recovery key</source>
        <translation>CoachDesk — Recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="38"/>
        <source>Enter the recovery key you stored when you created the vault, then choose a new passphrase.</source>
        <translation>Enter the recovery key you stored when you created the vault, then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="47"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="50"/>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="51"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="52"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="53"/>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="73"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="76"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>The new passphrase is too weak: add a word or two.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="79"/>
        <source>Checking the recovery key…</source>
        <translation>Checking the recovery key…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="97"/>
        <source>That recovery key does not fit this vault.</source>
        <translation>That recovery key does not fit this vault.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="101"/>
        <source>Recovery failed (%1).</source>
        <translation>Recovery failed (%1).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="115"/>
        <source>CoachDesk — New recovery key</source>
        <translation>CoachDesk — New recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="117"/>
        <source>Your new recovery key. It is shown only now: print it or save it as a PDF.</source>
        <translation>Your new recovery key. It is shown only now: print it or save it as a PDF.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="122"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="126"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="133"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="150"/>
        <location filename="../../coachdesk/app/rekey_ui.py" line="159"/>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="16"/>
        <source>CoachDesk recovery key</source>
        <translation>CoachDesk recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="17"/>
        <source>Keep this sheet somewhere safe, away from the computer. With this key you can open your vault if you forget the passphrase.</source>
        <translation>Keep this sheet somewhere safe, away from the computer. With this key you can open your vault if you forget the passphrase.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="20"/>
        <source>Vault folder</source>
        <translation>Vault folder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="21"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="113"/>
        <source>CoachDesk — Reflection</source>
        <translation>CoachDesk — Reflection</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="115"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="122"/>
        <source>General (no case)</source>
        <translation>General (no case)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="123"/>
        <source>A few words to find it again</source>
        <translation>A few words to find it again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="277"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="212"/>
        <source>Nothing to save yet.</source>
        <translation>Nothing to save yet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="218"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="220"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="50"/>
        <location filename="../../coachdesk/app/reflections_page.py" line="52"/>
        <source>General reflections</source>
        <translation>General reflections</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="51"/>
        <source>&amp;New reflection…</source>
        <translation>&amp;New reflection…</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="114"/>
        <source>New replies from colleagues: %1</source>
        <translation>New replies from colleagues: %1</translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="177"/>
        <source>Replies from colleagues</source>
        <translation>Replies from colleagues</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="178"/>
        <source>Make it the answer…</source>
        <translation>Make it the answer…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="205"/>
        <source>This reply is the answer.</source>
        <translation>This reply is the answer.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="135"/>
        <source>Ask a colleague…</source>
        <translation>Ask a colleague…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="137"/>
        <source>Only reviewed text with identifying details replaced is ever sent.</source>
        <translation>Only reviewed text with identifying details replaced is ever sent.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="139"/>
        <source>Check the channel</source>
        <translation>Check the channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="140"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="141"/>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="142"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="146"/>
        <source>A topic for the group session</source>
        <translation>A topic for the group session</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="147"/>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Message hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="281"/>
        <source>No requests yet. Ask a colleague about this case with Ctrl+Shift+A.</source>
        <translation>No requests yet. Ask a colleague about this case with Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="326"/>
        <source>Sent to %1 on %2.</source>
        <translation>Sent to %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="328"/>
        <source> Waiting for the network; it is retried automatically.</source>
        <translation> Waiting for the network; it is retried automatically.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="331"/>
        <source>Queued for %1.</source>
        <translation>Queued for %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="333"/>
        <source>Needs fixing: %1 refused the message (%2). Edit and resend, or cancel.</source>
        <translation>Needs fixing: %1 refused the message (%2). Edit and resend, or cancel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="336"/>
        <source>Possibly sent: there was no clear answer from %1 (%2). Look in the channel for #%3, then choose “Send again” or “Mark delivered”.</source>
        <translation>Possibly sent: there was no clear answer from %1 (%2). Look in the channel for #%3, then choose “Send again” or “Mark delivered”.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="353"/>
        <source>Copied #%1: search for it in the channel.</source>
        <translation>Copied #%1: search for it in the channel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="330"/>
        <source> Waiting for your sign-in: Settings → Channels → Sign in.</source>
        <translation> Waiting for your sign-in: Settings → Channels → Sign in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="143"/>
        <source>&amp;Record an answer…</source>
        <translation>&amp;Record an answer…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="144"/>
        <source>Answers and what I will try</source>
        <translation>Answers and what I will try</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="193"/>
        <source>(no topic yet)</source>
        <translation>(no topic yet)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="235"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Continue writing…</source>
        <translation>&amp;Continue writing…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Edit and resend…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="318"/>
        <source>A draft: saved as you typed, not sent. Continue writing to check and send it.</source>
        <translation>A draft: saved as you typed, not sent. Continue writing to check and send it.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="324"/>
        <source>Sent to %1 on %2; answered.</source>
        <translation>Sent to %1 on %2; answered.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="62"/>
        <source>CoachDesk — Restore from a backup</source>
        <translation>CoachDesk — Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="66"/>
        <source>The backup is opened and checked first. Nothing changes unless it passes.</source>
        <translation>The backup is opened and checked first. Nothing changes unless it passes.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="72"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="73"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="77"/>
        <source>Backup &amp;file</source>
        <translation>Backup &amp;file</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="81"/>
        <source>Its &amp;passphrase</source>
        <translation>Its &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="82"/>
        <source>The r&amp;ecovery key</source>
        <translation>The r&amp;ecovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="89"/>
        <source>Open with</source>
        <translation>Open with</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="92"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Passphrase or recovery key of the backup</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="93"/>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="95"/>
        <source>Into a &amp;new folder</source>
        <translation>Into a &amp;new folder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="96"/>
        <source>&amp;Over the current vault (the current files are kept aside)</source>
        <translation>&amp;Over the current vault (the current files are kept aside)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="106"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="138"/>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="107"/>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="122"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="132"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="133"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk backups (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="155"/>
        <source>Choose a backup file (.cdbackup).</source>
        <translation>Choose a backup file (.cdbackup).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="158"/>
        <source>Enter the backup&apos;s passphrase or recovery key.</source>
        <translation>Enter the backup&apos;s passphrase or recovery key.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="169"/>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Choose a new folder for the restored vault.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="172"/>
        <source>That folder already holds a vault. Choose a new folder.</source>
        <translation>That folder already holds a vault. Choose a new folder.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="176"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="207"/>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="194"/>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation>The passphrase or recovery key does not open this backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="196"/>
        <source>The backup was not restored: %1 Nothing was changed.</source>
        <translation>The backup was not restored: %1 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="221"/>
        <source>Restored. The replaced vault is kept in %1</source>
        <translation>Restored. The replaced vault is kept in %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="227"/>
        <source>The backup was not restored (%1). Your vault is unchanged; unlock it as usual.</source>
        <translation>The backup was not restored (%1). Your vault is unchanged; unlock it as usual.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="41"/>
        <source>closed this month</source>
        <translation>closed this month</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="42"/>
        <source>closed %1 mo ago</source>
        <translation>closed %1 mo ago</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="51"/>
        <source>CoachDesk — Delete case for good</source>
        <translation>CoachDesk — Delete case for good</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="55"/>
        <source>To delete case %1 for good, type its code below.</source>
        <translation>To delete case %1 for good, type its code below.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="60"/>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="63"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Delete for good</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="79"/>
        <location filename="../../coachdesk/app/retention_ui.py" line="139"/>
        <source>CoachDesk — Delete case</source>
        <translation>CoachDesk — Delete case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="80"/>
        <source>Delete case %1 for good?</source>
        <translation>Delete case %1 for good?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="81"/>
        <source>Its notes, goals, measures, reflections, help requests and outbox items are deleted and the space they used is wiped. This cannot be undone. Copies in older backups remain until those roll off (7 days).</source>
        <translation>Its notes, goals, measures, reflections, help requests and outbox items are deleted and the space they used is wiped. This cannot be undone. Copies in older backups remain until those roll off (7 days).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="87"/>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="124"/>
        <source>Deleting the case…</source>
        <translation>Deleting the case…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="129"/>
        <source>The case was deleted for good.</source>
        <translation>The case was deleted for good.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="140"/>
        <source>The case could not be deleted: %1</source>
        <translation>The case could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="155"/>
        <source>CoachDesk — Closed cases to review</source>
        <translation>CoachDesk — Closed cases to review</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="160"/>
        <source>Some closed cases have reached the retention period</source>
        <translation>Some closed cases have reached the retention period</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="164"/>
        <source>You keep closed cases for %1 months. These were closed longer ago. Nothing is deleted unless you choose a case and confirm.</source>
        <translation>You keep closed cases for %1 months. These were closed longer ago. Nothing is deleted unless you choose a case and confirm.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="169"/>
        <source>Closed cases past the retention period</source>
        <translation>Closed cases past the retention period</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="171"/>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="179"/>
        <source>You can change the retention period in Settings → Data.</source>
        <translation>You can change the retention period in Settings → Data.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="183"/>
        <source>&amp;Delete the chosen case…</source>
        <translation>&amp;Delete the chosen case…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="185"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="115"/>
        <source>CoachDesk — Search</source>
        <translation>CoachDesk — Search</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="116"/>
        <source>Search cases, notes and reflections (e.g. kipu finds kivun)</source>
        <translation>Search cases, notes and reflections (e.g. kipu finds kivun)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="117"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="118"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="86"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="87"/>
        <location filename="../../coachdesk/app/settings_dialog.py" line="92"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="88"/>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="91"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="93"/>
        <source>Clear copied text after seconds</source>
        <translation>Clear copied text after seconds</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="94"/>
        <source>Quick unlock through the system keychain</source>
        <translation>Quick unlock through the system keychain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="95"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="96"/>
        <source>&amp;Clear clipboard after</source>
        <translation>&amp;Clear clipboard after</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="99"/>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="100"/>
        <source>New &amp;recovery key…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="112"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="134"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="144"/>
        <location filename="../../coachdesk/app/settings_dialog.py" line="148"/>
        <source>CoachDesk — New recovery key</source>
        <translation>CoachDesk — New recovery key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="145"/>
        <source>Create a new recovery key? The old one stops working at once.</source>
        <translation>Create a new recovery key? The old one stops working at once.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="154"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Re-encrypting the vault with a new key…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="168"/>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>CoachDesk — Settings</source>
        <translation>CoachDesk — Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
</context>
<context>
    <name>SignInBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="74"/>
        <source>Protected: sign in to send (flow set to “Any user in my tenant”)</source>
        <translation>Protected: sign in to send (flow set to “Any user in my tenant”)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="75"/>
        <source>&amp;Tenant</source>
        <translation>T&amp;enant</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="76"/>
        <source>Directory (tenant) ID or domain, from your admin</source>
        <translation>Directory (tenant) ID or domain, from your admin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="77"/>
        <source>A&amp;pplication ID</source>
        <translation>A&amp;pplication ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="78"/>
        <source>Application (client) ID, from your admin</source>
        <translation>Application (client) ID, from your admin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="79"/>
        <source>Sign &amp;in…</source>
        <translation>Si&amp;gn in…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="80"/>
        <source>Sign in in the &amp;browser</source>
        <translation>Sign in in the &amp;browser</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="140"/>
        <source>Sign-in needed before messages can go: %1</source>
        <translation>Sign-in needed before messages can go: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="142"/>
        <source>Signed in. Messages to this channel go out with your sign-in.</source>
        <translation>Signed in. Messages to this channel go out with your sign-in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="162"/>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Asking Microsoft for a sign-in code…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="166"/>
        <source>Open %1 and enter the code %2. This page waits for you.</source>
        <translation>Open %1 and enter the code %2. This page waits for you.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="183"/>
        <source>Sign in in the browser window that opened…</source>
        <translation>Sign in in the browser window that opened…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="197"/>
        <source>Waiting messages go out shortly.</source>
        <translation>Waiting messages go out shortly.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="207"/>
        <source>Microsoft&apos;s sign-in service could not be reached. Check the connection and try again.</source>
        <translation>Microsoft&apos;s sign-in service could not be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="209"/>
        <source>The sign-in did not finish: %1</source>
        <translation>The sign-in did not finish: %1</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="224"/>
        <source>Export team setup</source>
        <translation>Export team setup</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="226"/>
        <source>One file with this vault&apos;s channels (their secret webhook addresses included) and colleagues, for your team. Give the file and its passphrase by different routes, for example the passphrase by phone.</source>
        <translation>One file with this vault&apos;s channels (their secret webhook addresses included) and colleagues, for your team. Give the file and its passphrase by different routes, for example the passphrase by phone.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="230"/>
        <source>New &amp;passphrase</source>
        <translation>New &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="231"/>
        <source>A&amp;gain</source>
        <translation>A&amp;gain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="232"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="233"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup file</source>
        <translation>Team setup file</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup files (*.cdteam)</source>
        <translation>Team setup files (*.cdteam)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="248"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="257"/>
        <location filename="../../coachdesk/app/compose/team_import.py" line="259"/>
        <source>Encrypting…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="267"/>
        <source>Written to %1 (readable only by you).</source>
        <translation>Written to %1 (readable only by you).</translation>
    </message>
</context>
<context>
    <name>TeamImportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="95"/>
        <source>Import team setup</source>
        <translation>Import team setup</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="97"/>
        <source>Your team lead can give you one file with the team&apos;s channels and colleagues, and its passphrase by another route. You will see what it adds before anything is saved; nothing you have is replaced.</source>
        <translation>Your team lead can give you one file with the team&apos;s channels and colleagues, and its passphrase by another route. You will see what it adds before anything is saved; nothing you have is replaced.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="100"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="102"/>
        <source>&amp;Show what it adds</source>
        <translation>&amp;Show what it adds</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="106"/>
        <source>Team setup file</source>
        <translation>Team setup file</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="107"/>
        <source>Team setup files (*.cdteam);;All files (*)</source>
        <translation>Team setup files (*.cdteam);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="119"/>
        <source>Choose the file and type its passphrase.</source>
        <translation>Choose the file and type its passphrase.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="123"/>
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="136"/>
        <source>Nothing new to add.</source>
        <translation>Nothing new to add.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="137"/>
        <source>Check the list, then press Add.</source>
        <translation>Check the list, then press Add.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="151"/>
        <source>Adding…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="159"/>
        <source>Added %1 channel(s) and %2 colleague(s).</source>
        <translation>Added %1 channel(s) and %2 colleague(s).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="162"/>
        <source>Channels that need a sign-in: open them in Settings → Channels and press Sign in.</source>
        <translation>Channels that need a sign-in: open them in Settings → Channels and press Sign in.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="99"/>
        <source>New &amp;note</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="100"/>
        <source>New session note (Ctrl+Shift+N)</source>
        <translation>New session note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="101"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Reflect…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="102"/>
        <source>New reflection on this case (Ctrl+R)</source>
        <translation>New reflection on this case (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="103"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="117"/>
        <source>Choose a note or reflection, or start a new note.</source>
        <translation>Choose a note or reflection, or start a new note.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="105"/>
        <source>&amp;Edit reflection</source>
        <translation>&amp;Edit reflection</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="106"/>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="158"/>
        <source>(empty note)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="114"/>
        <source>No notes yet.

After a session, write what happened with “New note” (Ctrl+Shift+N); reflect on the case with “Reflect…” (Ctrl+R). Answers from colleagues appear here too.</source>
        <translation>No notes yet.

After a session, write what happened with “New note” (Ctrl+Shift+N); reflect on the case with “Reflect…” (Ctrl+R). Answers from colleagues appear here too.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../coachdesk/app/trend_chart.py" line="38"/>
        <source>No measurements yet</source>
        <translation>No measurements yet</translation>
    </message>
</context>
<context>
    <name>TwoWayChannelDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="32"/>
        <source>Add a two-way channel</source>
        <translation>Add a two-way channel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="34"/>
        <source>Replies to your requests come back to CoachDesk. Google Chat and Discord webhooks are one-way. See docs/teams-setup.md for the permissions each platform needs.</source>
        <translation>Replies to your requests come back to CoachDesk. Google Chat and Discord webhooks are one-way. See docs/teams-setup.md for the permissions each platform needs.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="40"/>
        <source>Slack (app)</source>
        <translation>Slack (app)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="40"/>
        <source>Mattermost (API)</source>
        <translation>Mattermost (API)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="41"/>
        <source>Microsoft Teams (Graph)</source>
        <translation>Microsoft Teams (Graph)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Channel ID</source>
        <translation>Channel ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Team ID</source>
        <translation>Team ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="115"/>
        <source>Checking the token…</source>
        <translation>Checking the token…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="146"/>
        <source>Saved. Select the channel and sign in; then send a test message.</source>
        <translation>Saved. Select the channel and sign in; then send a test message.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="148"/>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="121"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="122"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="123"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="124"/>
        <source>Delete a closed case for good</source>
        <translation>Delete a closed case for good</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="145"/>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="146"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk backups (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="164"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="171"/>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="158"/>
        <location filename="../../coachdesk/app/vault_care.py" line="178"/>
        <source>CoachDesk — Back up</source>
        <translation>CoachDesk — Back up</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="179"/>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="198"/>
        <source>CoachDesk — Restored</source>
        <translation>CoachDesk — Restored</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="199"/>
        <source>The backup was restored into %1.</source>
        <translation>The backup was restored into %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="201"/>
        <source>Switch to it now? The current vault stays as it is.</source>
        <translation>Switch to it now? The current vault stays as it is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="202"/>
        <source>&amp;Switch to it</source>
        <translation>&amp;Switch to it</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="203"/>
        <source>&amp;Stay here</source>
        <translation>&amp;Stay here</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="207"/>
        <source>Restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Restored. Unlock with the backup&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="20"/>
        <source>These words are never replaced in requests and summaries — e.g. the team&apos;s own terms and project names.</source>
        <translation>These words are never replaced in requests and summaries — e.g. the team&apos;s own terms and project names.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="23"/>
        <source>&amp;Words and phrases, one per line</source>
        <translation>&amp;Words and phrases, one per line</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="25"/>
        <source>Never-scrub words and phrases</source>
        <translation>Never-scrub words and phrases</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="29"/>
        <source>The shipped list (Kela, TE-palvelut, Perjantaipiiri …) applies too. A name alone or a contact detail is refused: those are always hidden.</source>
        <translation>The shipped list (Kela, TE-palvelut, Perjantaipiiri …) applies too. A name alone or a contact detail is refused: those are always hidden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../coachdesk/app/rekey_ui.py" line="32"/>
        <source>The vault is now encrypted with a new key. %n backup(s) in the data folder were made with the old key: they still open with the old passphrase and recovery key. Backups you saved elsewhere do too.</source>
        <translation>
            <numerusform>The vault is now encrypted with a new key. %n backup in the data folder was made with the old key: it still opens with the old passphrase and recovery key. Backups you saved elsewhere do too.</numerusform>
            <numerusform>The vault is now encrypted with a new key. %n backups in the data folder were made with the old key: they still open with the old passphrase and recovery key. Backups you saved elsewhere do too.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="37"/>
        <source>&amp;Re-encrypt with the new key</source>
        <translation>&amp;Re-encrypt with the new key</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="40"/>
        <source>&amp;Delete them</source>
        <translation>&amp;Delete them</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="43"/>
        <source>&amp;Keep them as they are</source>
        <translation>&amp;Keep them as they are</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="46"/>
        <source>Re-encrypted: %1, deleted: %2, kept: %3.</source>
        <translation>Re-encrypted: %1, deleted: %2, kept: %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="50"/>
        <source>CoachDesk — Older backups</source>
        <translation>CoachDesk — Older backups</translation>
    </message>
</context>
</TS>
