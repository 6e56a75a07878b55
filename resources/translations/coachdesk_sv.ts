<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/app/about.py" line="78"/>
        <source>About CoachDesk</source>
        <translation>Om CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="90"/>
        <source>The private, encrypted desk of a work-ability coach. Everything stays on this computer.</source>
        <translation>Det privata, krypterade skrivbordet för en arbetsförmågecoach. Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="99"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="100"/>
        <source>Third-party notices</source>
        <translation>Tredjepartsmeddelanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="104"/>
        <source>Open licence texts</source>
        <translation>Öppna licenstexterna</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="121"/>
        <source>CoachDesk keeps anonymised cases, session notes, goals and reflections in an encrypted vault (SQLCipher) on this computer. Nothing is sent anywhere unless you send it, and you see every byte before it leaves.</source>
        <translation>CoachDesk förvarar anonymiserade ärenden, sessionsanteckningar, mål och reflektioner i ett krypterat valv (SQLCipher) på den här datorn. Ingenting skickas någonstans om du inte själv skickar det, och du ser varje byte innan den lämnar datorn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="130"/>
        <source>Built with Qt and Qt for Python (PySide6), used under the GNU LGPL version 3, SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx and other open-source software. Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0. See Third-party notices for all licences.</source>
        <translation>Byggt med Qt och Qt for Python (PySide6), som används under GNU LGPL version 3, SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx och annan programvara med öppen källkod. Innehåller namndata från Myndigheten för digitalisering och befolkningsdata (DVV), CC BY 4.0. Alla licenser finns under Tredjepartsmeddelanden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="153"/>
        <source>The NOTICE file is missing from this installation (%1). Please reinstall CoachDesk.</source>
        <translation>Filen NOTICE saknas i den här installationen (%1). Installera om CoachDesk.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="124"/>
        <source>Make it the answer</source>
        <translation>Gör det till svaret</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>Tip</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>1:1 sparring</source>
        <translation>Sparring 1:1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="132"/>
        <source>Group-session topic</source>
        <translation>Ämne för grupphandledning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="135"/>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="136"/>
        <source>Kind of help</source>
        <translation>Typ av hjälp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="137"/>
        <source>What I will try</source>
        <translation>Vad jag ska pröva</translation>
    </message>
</context>
<context>
    <name>AskColleague</name>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="76"/>
        <source>&amp;Ask a colleague…</source>
        <translation>&amp;Fråga en kollega…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="77"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Utkorg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="78"/>
        <source>&amp;Group session topics…</source>
        <translation>Ämnen för &amp;gruppträffen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="94"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Utkorg: %n väntar</numerusform>
            <numerusform>Utkorg: %n väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="96"/>
        <source>%n need(s) your decision</source>
        <translation>
            <numerusform>%n väntar på ditt beslut</numerusform>
            <numerusform>%n väntar på ditt beslut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="222"/>
        <source>Filter by code or pseudonym</source>
        <translation>Filtrera efter kod eller pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="223"/>
        <source>Filter cases</source>
        <translation>Filtrera ärenden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="224"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="225"/>
        <source>Tag filter</source>
        <translation>Etikettfilter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="226"/>
        <source>Case list</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="230"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="257"/>
        <source>All tags</source>
        <translation>Alla etiketter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="283"/>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Last activity</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="97"/>
        <source>last activity %1</source>
        <translation>senaste aktivitet %1</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Timeline</source>
        <translation>Tidslin&amp;je</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>&amp;Identifying details</source>
        <translation>&amp;Identifierande uppgifter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>Re&amp;quests</source>
        <translation>Fr&amp;ågor</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="61"/>
        <source>Never leaves this computer</source>
        <translation>Lämnar aldrig den här datorn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="62"/>
        <source>Case pages</source>
        <translation>Ärendets sidor</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="327"/>
        <source>CoachDesk — Change passphrase</source>
        <translation>CoachDesk — Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;New passphrase</source>
        <translation>N&amp;y lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="331"/>
        <source>&amp;Again</source>
        <translation>&amp;Upprepa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="346"/>
        <source>The two new passphrases differ.</source>
        <translation>De två nya lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="349"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>Den nya lösenfrasen är för svag: lägg till ett eller två ord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="367"/>
        <source>The current passphrase is wrong.</source>
        <translation>Den nuvarande lösenfrasen är fel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="353"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Valvet krypteras om med en ny nyckel…</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="94"/>
        <source>Channels where you ask colleagues. The webhook address is a secret: it is kept in the system keychain or inside the encrypted vault, never in a plain file. Changes here are saved at once.</source>
        <translation>Kanaler där du frågar kolleger. Webhookadressen är en hemlighet: den förvaras i systemets nyckelring eller i det krypterade valvet, aldrig i en vanlig fil. Ändringar här sparas genast.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="96"/>
        <source>&amp;New channel</source>
        <translation>&amp;Ny kanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="98"/>
        <source>&amp;Name</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="99"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="100"/>
        <source>Webhook &amp;address</source>
        <translation>Webhook&amp;adress</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="101"/>
        <source>&amp;Save channel</source>
        <translation>&amp;Spara kanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="103"/>
        <source>Send &amp;test message</source>
        <translation>Skicka &amp;testmeddelande</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="104"/>
        <source>&amp;Forum channel (each question opens a post of its own)</source>
        <translation>&amp;Forumkanal (varje fråga öppnar ett eget inlägg)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="114"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="139"/>
        <source>Paste the webhook address</source>
        <translation>Klistra in webhookadressen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="153"/>
        <source>Saved (hidden)</source>
        <translation>Sparad (dold)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="155"/>
        <source>Saved (%1) — paste a new address to change it</source>
        <translation>Sparad (%1) — klistra in en ny adress för att ändra den</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="179"/>
        <source>Paste the webhook address from the channel&apos;s settings.</source>
        <translation>Klistra in webhookadressen från kanalens inställningar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="189"/>
        <source>The address looks right.</source>
        <translation>Adressen ser rätt ut.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="207"/>
        <source>A channel with this name exists already.</source>
        <translation>Det finns redan en kanal med det här namnet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="217"/>
        <source>Saved. The address is stored as a secret.</source>
        <translation>Sparat. Adressen förvaras som en hemlighet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="247"/>
        <source>Remove channel</source>
        <translation>Ta bort kanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="248"/>
        <source>Remove the channel “%1” and its stored address?</source>
        <translation>Ta bort kanalen ”%1” och dess sparade adress?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="272"/>
        <source>Sending a test message…</source>
        <translation>Skickar ett testmeddelande…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="279"/>
        <source>Test message delivered. Look for it in the channel.</source>
        <translation>Testmeddelandet har levererats. Leta efter det i kanalen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="283"/>
        <source>The test message did not arrive: %1</source>
        <translation>Testmeddelandet kom inte fram: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="105"/>
        <source>&amp;Import team setup…</source>
        <translation>&amp;Importera teamets inställningar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="106"/>
        <source>E&amp;xport team setup…</source>
        <translation>E&amp;xportera teamets inställningar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="27"/>
        <source>JSON (other)</source>
        <translation>JSON (annan)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="108"/>
        <source>Webhooks are one-way (Google Chat and Discord always): replies stay in the channel. Slack (app), Mattermost (API) and Teams (Graph) channels bring colleagues&apos; replies back to the request: “Add a two-way channel…” (docs/teams-setup.md).</source>
        <translation>Webhooks är envägs (Google Chat och Discord alltid): svaren stannar i kanalen. Kanaler av typen Slack (app), Mattermost (API) och Teams (Graph) hämtar kollegernas svar till förfrågan: ”Lägg till en tvåvägskanal…” (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="163"/>
        <source>A two-way channel (replies come back): to change it, remove it and add it again; test or remove it here.</source>
        <translation>En tvåvägskanal (svaren kommer tillbaka): för att ändra den, ta bort den och lägg till den igen; här kan du testa eller ta bort den.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="97"/>
        <source>Add a t&amp;wo-way channel…</source>
        <translation>Lägg till en t&amp;våvägskanal…</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="35"/>
        <source>Optional: colleagues and what they know well. When a request&apos;s topic matches their tags, the composer suggests mentioning them.</source>
        <translation>Valfritt: kolleger och vad de kan bra. När ämnet för en fråga matchar deras etiketter föreslår frågefönstret att du nämner dem.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="37"/>
        <source>&amp;New colleague</source>
        <translation>&amp;Ny kollega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Name</source>
        <translation>N&amp;amn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Expertise (comma-separated)</source>
        <translation>&amp;Expertis (kommaseparerad)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>&amp;Teams user name</source>
        <translation>&amp;Teams-användarnamn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>S&amp;lack member id</source>
        <translation>S&amp;lack-medlems-id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Mattermost username</source>
        <translation>&amp;Mattermost-användarnamn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Google Chat user id</source>
        <translation>&amp;Google Chat-användar-id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="41"/>
        <source>&amp;Discord user id</source>
        <translation>&amp;Discord-användar-id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="48"/>
        <source>Optional. Without an id for the channel&apos;s platform the name is written as plain text and the colleague is not notified.</source>
        <translation>Valfritt. Utan ett id för kanalens plattform skrivs namnet som vanlig text och kollegan får ingen avisering.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="52"/>
        <source>&amp;Save colleague</source>
        <translation>&amp;Spara kollega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="53"/>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="56"/>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="443"/>
        <location filename="../../coachdesk/app/compose/composer.py" line="444"/>
        <source>Ask a colleague</source>
        <translation>Fråga en kollega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="446"/>
        <source>Write your question, then check it. Identifying details are replaced before anything is sent; only the text under “What will be sent” leaves this computer.</source>
        <translation>Skriv din fråga och kontrollera den sedan. Identifierande uppgifter ersätts innan något skickas; bara texten under ”Det här skickas” lämnar den här datorn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="448"/>
        <source>1. Write</source>
        <translation>1. Skriv</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="449"/>
        <source>2. Check and send</source>
        <translation>2. Kontrollera och skicka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>T&amp;opic</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Phase</source>
        <translation>&amp;Fas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>&amp;Situation now</source>
        <translation>&amp;Läget nu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>Relevant &amp;background</source>
        <translation>Relevant &amp;bakgrund</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I have &amp;tried and what happened</source>
        <translation>Vad jag har &amp;provat och vad som hände</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I &amp;think is going on</source>
        <translation>Vad jag &amp;tror ligger bakom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>My &amp;question (one sentence)</source>
        <translation>&amp;Min fråga (en mening)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>Help wanted</source>
        <translation>Önskad hjälp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Hur brådskande</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>Mention</source>
        <translation>Nämn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="459"/>
        <source>What do you want to ask, in one sentence?</source>
        <translation>Vad vill du fråga, i en mening?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="460"/>
        <source>in which topic (optional)</source>
        <translation>i vilket ämne (valfritt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="461"/>
        <source>Tips in the channel</source>
        <translation>Tips i kanalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="462"/>
        <source>1:1 sparring with someone experienced</source>
        <translation>1:1-sparring med någon erfaren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="463"/>
        <source>A topic for the group session</source>
        <translation>Ett ämne för gruppträffen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>No rush</source>
        <translation>Ingen brådska</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="466"/>
        <source>Send &amp;to</source>
        <translation>Skicka t&amp;ill</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="467"/>
        <source>Show the exact message data</source>
        <translation>Visa meddelandets exakta innehåll</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="468"/>
        <source>Your text (stays on this computer)</source>
        <translation>Din text (stannar på den här datorn)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="470"/>
        <source>What will be sent</source>
        <translation>Det här skickas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="471"/>
        <source>Replaced before sending</source>
        <translation>Ersätts innan texten skickas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Found in your text</source>
        <translation>Hittat i din text</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="475"/>
        <source>Hide a &amp;word the check missed</source>
        <translation>Dölj ett &amp;ord som kontrollen missade</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="476"/>
        <source>word or name</source>
        <translation>ord eller namn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="477"/>
        <source>Hide in this case</source>
        <translation>Dölj i det här ärendet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="478"/>
        <source>Adds the word to the case&apos;s identifying details</source>
        <translation>Lägger till ordet bland ärendets identifierande uppgifter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="479"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="480"/>
        <source>Sa&amp;ve as…</source>
        <translation>Spar&amp;a som…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="481"/>
        <source>&amp;E-mail draft</source>
        <translation>&amp;E-postutkast</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="482"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="483"/>
        <source>&amp;Next: check</source>
        <translation>&amp;Nästa: kontrollera</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="576"/>
        <source>The privacy check failed; nothing can be sent. (%1)</source>
        <translation>Integritetsgranskningen misslyckades; ingenting kan skickas. (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="693"/>
        <source>Harmless</source>
        <translation>Ofarligt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="694"/>
        <source>Send this word as it is</source>
        <translation>Skicka ordet som det är</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="698"/>
        <source>Always hidden</source>
        <translation>Döljs alltid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="702"/>
        <source>Identifiers, contact details, addresses and the case&apos;s identifying details are always hidden</source>
        <translation>Identifierare, kontaktuppgifter, adresser och ärendets identifierande uppgifter döljs alltid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="708"/>
        <source>Replaced before sending: %n</source>
        <translation>
            <numerusform>Ersätts innan texten skickas: %n</numerusform>
            <numerusform>Ersätts innan texten skickas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>contact</source>
        <translation>kontaktuppgift</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>identifier</source>
        <translation>identifierare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>age</source>
        <translation>ålder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="746"/>
        <source>Yes, hide it</source>
        <translation>Ja, dölj det</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="748"/>
        <source>No, it is fine</source>
        <translation>Nej, det går bra</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="753"/>
        <source>I have checked</source>
        <translation>Jag har kontrollerat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="759"/>
        <source>Questions for you: %n</source>
        <translation>
            <numerusform>Frågor till dig: %n</numerusform>
            <numerusform>Frågor till dig: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="833"/>
        <source>What will be copied or saved (no channel yet)</source>
        <translation>Det här kopieras eller sparas (ingen kanal ännu)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="846"/>
        <source>What will be sent to %1</source>
        <translation>Det här skickas till %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="848"/>
        <source>(%n messages, in this order)</source>
        <translation>
            <numerusform>(%n meddelande, i denna ordning)</numerusform>
            <numerusform>(%n meddelanden, i denna ordning)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="869"/>
        <source>Notified: %1</source>
        <translation>Aviseras: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="871"/>
        <source>Not notified (no %1 id; named as plain text): %2</source>
        <translation>Aviseras inte (inget %1-id; namnet som vanlig text): %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send to %1</source>
        <translation>&amp;Skicka till %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="919"/>
        <source>Checking for identifying details…</source>
        <translation>Söker efter identifierande uppgifter…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="922"/>
        <source>Still identifying in the text to be sent: %1. Change the placeholder or the text.</source>
        <translation>Texten som ska skickas innehåller fortfarande identifierande uppgifter: %1. Ändra ersättningen eller texten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="925"/>
        <source>Answer %n question(s) under “Questions for you” before sending.</source>
        <translation>
            <numerusform>Svara på %n fråga under ”Frågor till dig” innan du skickar.</numerusform>
            <numerusform>Svara på %n frågor under ”Frågor till dig” innan du skickar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="930"/>
        <source>Checked: %n detail(s) replaced. No channel yet: add one in Settings → Channels, or copy, save or e-mail the text.</source>
        <translation>
            <numerusform>Kontrollerat: %n uppgift ersatt. Ingen kanal ännu: lägg till en under Inställningar → Kanaler, eller kopiera, spara eller skicka texten per e-post.</numerusform>
            <numerusform>Kontrollerat: %n uppgifter ersatta. Ingen kanal ännu: lägg till en under Inställningar → Kanaler, eller kopiera, spara eller skicka texten per e-post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="932"/>
        <source>Checked: %n detail(s) replaced. Only the text under “What will be sent” leaves this computer.</source>
        <translation>
            <numerusform>Kontrollerat: %n uppgift ersatt. Bara texten under ”Det här skickas” lämnar den här datorn.</numerusform>
            <numerusform>Kontrollerat: %n uppgifter ersatta. Bara texten under ”Det här skickas” lämnar den här datorn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="966"/>
        <source>The message got a new reference; check it and send again.</source>
        <translation>Meddelandet fick en ny referens; kontrollera det och skicka igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="984"/>
        <source>Copied. Paste it in your chat or e-mail.</source>
        <translation>Kopierat. Klistra in det i din chatt eller ditt e-postmeddelande.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="996"/>
        <source>Save the question</source>
        <translation>Spara frågan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="997"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1009"/>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Sent as</source>
        <translation>Skickas som</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="474"/>
        <source>Double-click a placeholder to change it</source>
        <translation>Dubbelklicka på en ersättning för att ändra den</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>employer</source>
        <translation>arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="715"/>
        <source>identifying detail</source>
        <translation>identifierande uppgift</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1040"/>
        <source>Discard the draft?</source>
        <translation>Kasta utkastet?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1041"/>
        <source>Your text is kept as a draft of this case: you can go on with it later from the Requests tab.</source>
        <translation>Din text sparas som ett utkast i ärendet: du kan fortsätta senare från fliken Frågor.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1043"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Behåll utkastet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1044"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1045"/>
        <source>&amp;Go on writing</source>
        <translation>&amp;Fortsätt skriva</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="722"/>
        <source>Is &apos;%1&apos; a name or place that should be hidden?</source>
        <translation>Är &apos;%1&apos; ett namn eller en ort som ska döljas?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="723"/>
        <source>What is the number &apos;%1&apos;? It may be an identifier.</source>
        <translation>Vilket nummer är &apos;%1&apos;? Det kan vara en identifierare.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="724"/>
        <source>Age, town and occupation together can identify the client. Could one of them be more general?</source>
        <translation>Ålder, ort och yrke tillsammans kan identifiera klienten. Kan något göras mer allmänt?</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="20"/>
        <source>Wrong passphrase: the vault stays locked.</source>
        <translation>Fel lösenfras: valvet förblir låst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="21"/>
        <source>Wrong recovery key: the vault stays locked.</source>
        <translation>Fel återställningsnyckel: valvet förblir låst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="22"/>
        <source>Wrong key: the vault stays locked.</source>
        <translation>Fel nyckel: valvet förblir låst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="23"/>
        <source>Wrong %1: the vault stays locked.</source>
        <translation>Fel uppgift (%1): valvet förblir låst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="24"/>
        <source>No CoachDesk vault in %1 (create one with &apos;coachdesk init&apos;).</source>
        <translation>Inget CoachDesk-valv i %1 (skapa ett med &apos;coachdesk init&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="25"/>
        <source>A CoachDesk vault already exists in %1; nothing was changed.</source>
        <translation>Det finns redan ett CoachDesk-valv i %1; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="26"/>
        <source>The vault is damaged or is not a CoachDesk vault; nothing was changed.</source>
        <translation>Valvet är skadat eller inte ett CoachDesk-valv; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="27"/>
        <source>This vault was written by a newer CoachDesk (schema %1); update CoachDesk to open it.</source>
        <translation>Valvet skrevs av en nyare CoachDesk (schema %1); uppdatera CoachDesk för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="28"/>
        <source>The vault is in use by another CoachDesk process; close it first.</source>
        <translation>Valvet används av en annan CoachDesk-process; stäng den först.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="29"/>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="30"/>
        <source>The system keychain is unavailable or locked; enter your passphrase instead.</source>
        <translation>Systemets nyckelring är inte tillgänglig eller är låst; skriv din lösenfras i stället.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="31"/>
        <source>The disk is full: the change was rolled back and nothing was saved.</source>
        <translation>Disken är full: ändringen återställdes och inget sparades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="40"/>
        <source>The vault fails its checks, so no backup was written: %1</source>
        <translation>Valvet klarar inte sina kontroller, så ingen säkerhetskopia skrevs: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="41"/>
        <source>The retention period is at least 1 month.</source>
        <translation>Lagringstiden är minst 1 månad.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="33"/>
        <source>Invalid request reference %1.</source>
        <translation>Ogiltig referens för begäran: %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="32"/>
        <source>Language must be fi, sv or en, not %1.</source>
        <translation>Språket ska vara fi, sv eller en, inte %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="34"/>
        <source>A request needs a topic.</source>
        <translation>Begäran behöver ett ämne.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="35"/>
        <source>Write your question in one sentence.</source>
        <translation>Skriv din fråga i en mening.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="36"/>
        <source>Choose the kind of help you want.</source>
        <translation>Välj vilken slags hjälp du vill ha.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="37"/>
        <source>Invalid case code %1: use 1-32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, e.g. K-2026-014.</source>
        <translation>Ogiltig ärendekod %1: använd 1–32 bokstäver, siffror, &apos;-&apos;, &apos;_&apos; eller &apos;.&apos;, t.ex. K-2026-014.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="38"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 ska vara mellan %2 och %3, inte %4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="39"/>
        <source>A GAS level is -2, -1, 0, +1 or +2, not %1.</source>
        <translation>En GAS-nivå är -2, -1, 0, +1 eller +2, inte %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="42"/>
        <source>Never-scrub term %1: %2</source>
        <translation>Ord som aldrig ersätts %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="43"/>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="44"/>
        <source>At most %1 never-scrub terms.</source>
        <translation>Högst %1 ord som aldrig ersätts.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="45"/>
        <source>A person&apos;s name alone is never kept; a never-scrub term is a phrase the team uses, like Perjantaipiiri or Duunipolku-hanke.</source>
        <translation>Ett personnamn ensamt behålls aldrig; ett ord som aldrig ersätts är ett uttryck teamet använder, som Perjantaipiiri eller Duunipolku-hanke.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="46"/>
        <source>A term must be text.</source>
        <translation>Ordet måste vara text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="47"/>
        <source>A term cannot hold line breaks, tabs or invisible control characters.</source>
        <translation>Ordet får inte innehålla radbrytningar, tabbar eller osynliga styrtecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="48"/>
        <source>A term is %1-%2 characters.</source>
        <translation>Ordet har %1–%2 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="49"/>
        <source>A term needs at least two letters or digits.</source>
        <translation>Ordet behöver minst två bokstäver eller siffror.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="50"/>
        <source>An identifier (e-mail address, phone number, identity code, address) is always hidden; it cannot be a never-scrub term.</source>
        <translation>En identifierande uppgift (e-postadress, telefonnummer, personbeteckning, adress) döljs alltid; den kan inte vara ett ord som aldrig ersätts.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="51"/>
        <source>No never-scrub term %1 (see &apos;coachdesk vocabulary list&apos;).</source>
        <translation>Inget ord som aldrig ersätts heter %1 (se &apos;coachdesk vocabulary list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="52"/>
        <source>No such folder: %1</source>
        <translation>Mappen finns inte: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="53"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="54"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="55"/>
        <source>A channel name is 1-%1 characters.</source>
        <translation>Ett kanalnamn har 1–%1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="56"/>
        <source>No channel named %1 (see &apos;coachdesk channel list&apos;).</source>
        <translation>Ingen kanal heter %1 (se &apos;coachdesk channel list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="57"/>
        <source>No channel with id %1.</source>
        <translation>Ingen kanal med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="58"/>
        <source>The webhook URL of channel %1 is missing; remove and add the channel again.</source>
        <translation>Webhook-adressen för kanalen %1 saknas; ta bort kanalen och lägg till den igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="59"/>
        <source>A channel named %1 already exists; remove it first.</source>
        <translation>En kanal med namnet %1 finns redan; ta bort den först.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="60"/>
        <source>A colleague needs a name (at most 100 characters).</source>
        <translation>En kollega behöver ett namn (högst 100 tecken).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="61"/>
        <source>%1 is not a Teams user name (UPN), e.g. maija.mentori@example.fi.</source>
        <translation>%1 är inte ett Teams-användarnamn (UPN), t.ex. maija.mentori@example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="62"/>
        <source>%1 is not a Slack member id (like U012ABCDEF).</source>
        <translation>%1 är inte ett Slack-medlems-id (som U012ABCDEF).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="63"/>
        <source>No colleague with id %1.</source>
        <translation>Ingen kollega med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="64"/>
        <source>The e-mail subject alone is too long for an e-mail link.</source>
        <translation>Ämnesraden ensam är för lång för en e-postlänk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="65"/>
        <source>Save the request as .md or .txt.</source>
        <translation>Spara begäran som .md eller .txt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="66"/>
        <source>No outbox item %1 (see &apos;coachdesk outbox list&apos;).</source>
        <translation>Inget meddelande %1 i utkorgen (se &apos;coachdesk outbox list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="67"/>
        <source>The message must show its reference #%1 so colleagues can spot a duplicate.</source>
        <translation>Meddelandet ska visa sin referens #%1 så att kolleger ser en dubblett.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="68"/>
        <source>Outbox item %1 is %2, not a draft.</source>
        <translation>Meddelande %1 i utkorgen är %2, inte ett utkast.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="69"/>
        <source>The message changed after the preview; preview it again before sending.</source>
        <translation>Meddelandet ändrades efter förhandsvisningen; förhandsvisa det igen innan det skickas.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="70"/>
        <source>Outbox item %1 is %2; this is possible only when it is %3.</source>
        <translation>Meddelande %1 i utkorgen är %2; detta går bara när det är %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="71"/>
        <source>The message is too long for one Slack message; shorten it.</source>
        <translation>Meddelandet är för långt för ett Slack-meddelande; korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="72"/>
        <source>The message is too long for Discord (%1 characters); shorten it.</source>
        <translation>Meddelandet är för långt för Discord (%1 tecken); korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="73"/>
        <source>The message is too long for Google Chat (%1 characters); shorten it.</source>
        <translation>Meddelandet är för långt för Google Chat (%1 tecken); korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="74"/>
        <source>The message is too long for Mattermost (%1 characters); shorten it.</source>
        <translation>Meddelandet är för långt för Mattermost (%1 tecken); korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="75"/>
        <source>The message payload must be a JSON object.</source>
        <translation>Meddelandets innehåll ska vara ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="76"/>
        <source>The message payload is not valid UTF-8 JSON.</source>
        <translation>Meddelandets innehåll är inte giltig UTF-8-JSON.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="77"/>
        <source>The Teams card is %1 KB; the limit is 20 KB. Shorten the message.</source>
        <translation>Teams-kortet är %1 kB; gränsen är 20 kB. Korta meddelandet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="78"/>
        <source>A Teams payload must be a message with one Adaptive Card attachment.</source>
        <translation>Ett Teams-meddelande ska ha en bilaga med ett Adaptive Card.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="79"/>
        <source>A Discord payload needs non-empty content.</source>
        <translation>Ett Discord-meddelande får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="80"/>
        <source>A %1 payload needs a non-empty text.</source>
        <translation>Texten i ett %1-meddelande får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="81"/>
        <source>Could not find a free request reference.</source>
        <translation>Hittade ingen ledig referens för begäran.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="82"/>
        <source>No help request with id %1.</source>
        <translation>Ingen begäran med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="83"/>
        <source>Say which kind of help you received.</source>
        <translation>Ange vilken slags hjälp du fick.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="84"/>
        <source>A follow-up needs some text.</source>
        <translation>En uppföljning behöver lite text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="85"/>
        <source>The request is being sent right now; try again in a moment.</source>
        <translation>Begäran skickas just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="86"/>
        <source>The case, note or reflection of this request no longer exists.</source>
        <translation>Ärendet, anteckningen eller reflektionen för begäran finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="87"/>
        <source>The request reference #%1 is already in use.</source>
        <translation>Referensen #%1 används redan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="88"/>
        <source>Channel %1 is now %2, but the message was made for %3.</source>
        <translation>Kanalen %1 är nu %2, men meddelandet gjordes för %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="89"/>
        <source>The webhook URL is empty.</source>
        <translation>Webhook-adressen är tom.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="90"/>
        <source>The webhook URL is longer than %1 characters.</source>
        <translation>Webhook-adressen är längre än %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="91"/>
        <source>The webhook URL contains spaces or control characters.</source>
        <translation>Webhook-adressen innehåller mellanslag eller styrtecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="92"/>
        <source>The webhook URL must start with https://, for example %1</source>
        <translation>Webhook-adressen ska börja med https://, till exempel %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="93"/>
        <source>The webhook URL must not contain a user name or password.</source>
        <translation>Webhook-adressen får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="94"/>
        <source>The webhook URL must not contain a &apos;#&apos; fragment.</source>
        <translation>Webhook-adressen får inte innehålla en &apos;#&apos;-del.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="95"/>
        <source>The webhook URL must use https:// (plain http would expose the message).</source>
        <translation>Webhook-adressen ska använda https:// (vanlig http skulle avslöja meddelandet).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="96"/>
        <source>Unexpected port %1 in the %2 webhook URL.</source>
        <translation>Oväntad port %1 i webhook-adressen för %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="97"/>
        <source>The webhook URL has no valid host name.</source>
        <translation>Webhook-adressen har inget giltigt värdnamn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="98"/>
        <source>The webhook URL is not a valid URL.</source>
        <translation>Webhook-adressen är inte en giltig adress.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="99"/>
        <source>%1 cannot be read as a CoachDesk backup.</source>
        <translation>%1 kan inte läsas som en CoachDesk-säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="100"/>
        <source>%1 is not a CoachDesk backup.</source>
        <translation>%1 är inte en CoachDesk-säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="101"/>
        <source>%1 looks like a binary file; nothing was imported.</source>
        <translation>%1 ser ut som en binärfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="102"/>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.</source>
        <translation>%1 är inte UTF-8-text; spara den som UTF-8 och försök igen; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="103"/>
        <source>%1 holds control characters, not text; nothing was imported.</source>
        <translation>%1 innehåller styrtecken, inte text; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="104"/>
        <source>%1: only .txt and .md files can be imported; nothing was imported.</source>
        <translation>%1: bara .txt- och .md-filer kan importeras; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="105"/>
        <source>%1 is empty; nothing was imported.</source>
        <translation>%1 är tom; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="106"/>
        <source>%1 is larger than 10 MB; nothing was imported.</source>
        <translation>%1 är större än 10 MB; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="107"/>
        <source>%1: no such file; nothing was imported.</source>
        <translation>%1: filen finns inte; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="108"/>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>%1 kan inte läsas (%2); inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="109"/>
        <source>A passphrase or the recovery key is needed to verify the backup.</source>
        <translation>Lösenfrasen eller återställningsnyckeln behövs för att kontrollera säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="110"/>
        <source>The case has not been saved yet.</source>
        <translation>Ärendet har inte sparats ännu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="111"/>
        <source>No case with code %1.</source>
        <translation>Inget ärende med koden %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="112"/>
        <source>An identifying detail must not be empty.</source>
        <translation>En identifierande uppgift får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="113"/>
        <source>The note has not been saved yet.</source>
        <translation>Anteckningen har inte sparats ännu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="114"/>
        <source>No case with id %1.</source>
        <translation>Inget ärende med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="115"/>
        <source>A goal needs a title.</source>
        <translation>Ett mål behöver en rubrik.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="116"/>
        <source>No goal with id %1.</source>
        <translation>Inget mål med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="117"/>
        <source>No reflection with id %1.</source>
        <translation>Ingen reflektion med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="118"/>
        <source>The case code %1 is already in use.</source>
        <translation>Ärendekoden %1 används redan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="119"/>
        <source>No note with id %1.</source>
        <translation>Ingen anteckning med id %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="120"/>
        <source>The passphrase must not be empty.</source>
        <translation>Lösenfrasen får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="121"/>
        <source>The new passphrase must not be empty.</source>
        <translation>Den nya lösenfrasen får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="122"/>
        <source>The privacy scrubber could not be loaded (%1); scrubbed and brief summaries cannot be printed.</source>
        <translation>Verktyget som tar bort identifierande uppgifter kunde inte laddas (%1); avidentifierade och korta sammanfattningar kan inte skrivas ut.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="123"/>
        <source>The vault is being re-encrypted with a new key; try again in a moment.</source>
        <translation>Valvet krypteras om med en ny nyckel; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="124"/>
        <source>%1 is larger than %2%3.</source>
        <translation>%1 är större än %2%3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="125"/>
        <source>%1 is %2, not %3%4.</source>
        <translation>%1 är %2, inte %3%4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="126"/>
        <source>%1 is a folder, not a text file; nothing was imported.</source>
        <translation>%1 är en mapp, inte en textfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="127"/>
        <source>%1 is a named pipe (FIFO), not a text file; nothing was imported.</source>
        <translation>%1 är en namngiven pipe (FIFO), inte en textfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="128"/>
        <source>%1 is a device, not a text file; nothing was imported.</source>
        <translation>%1 är en enhet, inte en textfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="129"/>
        <source>%1 is a socket, not a text file; nothing was imported.</source>
        <translation>%1 är en socket, inte en textfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="130"/>
        <source>%1 is not a regular file, not a text file; nothing was imported.</source>
        <translation>%1 är inte en vanlig fil och inte en textfil; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="131"/>
        <source>Unknown channel option %1.</source>
        <translation>Okänd kanalinställning %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="132"/>
        <source>Only a Discord channel can be a forum channel.</source>
        <translation>Endast en Discord-kanal kan vara en forumkanal.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="133"/>
        <source>A colleague entry must be an object with a name.</source>
        <translation>En kollegapost måste vara ett objekt med ett namn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="134"/>
        <source>A colleague&apos;s expertise must be a list of words.</source>
        <translation>En kollegas expertis måste vara en lista med ord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="135"/>
        <source>A colleague&apos;s name and ids must be text.</source>
        <translation>En kollegas namn och id:n måste vara text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="136"/>
        <source>The colleague directory must be a list of colleagues.</source>
        <translation>Kollegakatalogen måste vara en lista med kollegor.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="137"/>
        <source>Colleague %1: %2</source>
        <translation>Kollega %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="138"/>
        <source>Colleague %1: the name %2 is twice in the file; nothing was imported.</source>
        <translation>Kollega %1: namnet %2 finns två gånger i filen; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="139"/>
        <source>%1 is not %2.</source>
        <translation>%1 är inte %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="140"/>
        <source>%1 is not a Mattermost username (like maija.mentori).</source>
        <translation>%1 är inte ett Mattermost-användarnamn (som maija.mentori).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="141"/>
        <source>%1 is not a Google Chat user id (like users/123456789012345678901).</source>
        <translation>%1 är inte ett användar-id i Google Chat (som users/123456789012345678901).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="142"/>
        <source>%1 is not a Discord user id (17-20 digits, like 123456789012345678).</source>
        <translation>%1 är inte ett användar-id i Discord (17–20 siffror, som 123456789012345678).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="143"/>
        <source>A colleague&apos;s name, tags or ids contain control or invisible characters.</source>
        <translation>En kollegas namn, taggar eller id:n innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="144"/>
        <source>The sign-in settings are not readable.</source>
        <translation>Inloggningsinställningarna kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="145"/>
        <source>The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.</source>
        <translation>Klientorganisationen är ett katalog-id (tenant) som 0f1e2d3c-… eller en domän som contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="146"/>
        <source>The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.</source>
        <translation>Programmets (klient-)id är ett GUID som 1a2b3c4d-…; kopiera det från appregistreringen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="147"/>
        <source>Unknown cloud %1; one of %2.</source>
        <translation>Okänt moln %1; välj ett av %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="148"/>
        <source>A sign-in host other than Microsoft&apos;s is allowed only on this computer (tests).</source>
        <translation>En annan inloggningsserver än Microsofts tillåts bara på den här datorn (tester).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="149"/>
        <source>The webhook URL&apos;s host looks like an address but is not a valid one.</source>
        <translation>Webhook-adressens värd ser ut som en IP-adress men är inte giltig.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="150"/>
        <source>The webhook host %1 is an internal address (loopback, private, link-local or similar); CoachDesk posts only to public hosts. An administrator testing a flow locally can set COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md).</source>
        <translation>Webhook-värden %1 är en intern adress (loopback, privat, länklokal eller liknande); CoachDesk skickar bara till offentliga värdar. En administratör som testar ett flöde lokalt kan ställa in COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (se docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="151"/>
        <source>There is nothing to send.</source>
        <translation>Det finns inget att skicka.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="152"/>
        <source>Outbox item %1 was cancelled: you decided not to send it, so it is not retried; write a new request to ask again.</source>
        <translation>Meddelande %1 i utkorgen avbröts: du valde att inte skicka det, så det skickas inte på nytt; skriv en ny begäran för att fråga igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="153"/>
        <source>Only the first part of a Discord forum post opens a post (thread); no link is needed.</source>
        <translation>Bara den första delen av ett Discord-foruminlägg öppnar inlägget (tråden); ingen länk behövs.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="154"/>
        <source>Outbox item %1 is not a later part of a Discord forum post.</source>
        <translation>Meddelande %1 i utkorgen är inte en senare del av ett Discord-foruminlägg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="155"/>
        <source>Part 1 of this post is not sent yet; it opens the post when it is sent.</source>
        <translation>Del 1 av inlägget har inte skickats än; den öppnar inlägget när den skickas.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="156"/>
        <source>Give the forum post&apos;s link (in Discord: right-click the post &gt; Copy Link; https://discord.com/channels/...) or its thread id.</source>
        <translation>Ange foruminläggets länk (i Discord: högerklicka på inlägget &gt; Kopiera länk; https://discord.com/channels/...) eller trådens id.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="157"/>
        <source>part 1 opened a Discord forum post that CoachDesk did not see (marked delivered by hand), so this part needs the post&apos;s link: %1</source>
        <translation>del 1 öppnade ett Discord-foruminlägg som CoachDesk inte såg (markerat som levererat för hand), så den här delen behöver inläggets länk: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="158"/>
        <source>in Discord right-click the post &gt; Copy Link, then run &apos;coachdesk outbox thread %1 LINK&apos; (or cancel the rest)</source>
        <translation>högerklicka på inlägget i Discord &gt; Kopiera länk och kör sedan &apos;coachdesk outbox thread %1 LÄNK&apos; (eller avbryt resten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="159"/>
        <source>A single character is too long for this platform.</source>
        <translation>Ett enda tecken är för långt för den här plattformen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="160"/>
        <source>The title or the mentions are too long for one message on this platform; shorten them.</source>
        <translation>Rubriken eller omnämnandena är för långa för ett meddelande på den här plattformen; korta dem.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="161"/>
        <source>The message would need more than %1 posts on this platform; shorten it.</source>
        <translation>Meddelandet skulle kräva fler än %1 inlägg på den här plattformen; korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="162"/>
        <source>The title is too long for Slack; shorten the topic.</source>
        <translation>Rubriken är för lång för Slack; korta ämnet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="163"/>
        <source>The title and mentions are too long for Discord; shorten them.</source>
        <translation>Rubriken och omnämnandena är för långa för Discord; korta dem.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="164"/>
        <source>The message is too long for one %1 post; shorten it.</source>
        <translation>Meddelandet är för långt för ett inlägg (%1); korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="165"/>
        <source>Discord content is limited to %1 characters.</source>
        <translation>Discord-innehåll får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="166"/>
        <source>A Discord embed is limited to %1 characters.</source>
        <translation>En Discord-inbäddning (embed) får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="167"/>
        <source>A Slack message holds at most %1 blocks.</source>
        <translation>Ett Slack-meddelande rymmer högst %1 block.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="168"/>
        <source>The Slack message is too long; shorten it.</source>
        <translation>Slack-meddelandet är för långt; korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="169"/>
        <source>Google Chat text is limited to %1 characters.</source>
        <translation>Text i Google Chat får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="170"/>
        <source>Mattermost text is limited to %1 characters.</source>
        <translation>Text i Mattermost får vara högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="171"/>
        <source>it contains control characters</source>
        <translation>den innehåller styrtecken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="172"/>
        <source>not a channel entry</source>
        <translation>inte en kanalpost</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="173"/>
        <source>a file may not name its own sign-in host (only Microsoft&apos;s sign-in is used)</source>
        <translation>en fil får inte ange en egen inloggningsserver (bara Microsofts inloggning används)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="174"/>
        <source>the channel options are not readable</source>
        <translation>kanalinställningarna kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="175"/>
        <source>the name is twice in the file</source>
        <translation>namnet finns två gånger i filen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="176"/>
        <source>Choose a passphrase of at least %1 characters for the team file; nothing was written.</source>
        <translation>Välj en lösenfras på minst %1 tecken för teamets inställningsfil; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="177"/>
        <source>The file is larger than %1 MB: not a team setup file; nothing was imported.</source>
        <translation>Filen är större än %1 MB och är alltså inte en inställningsfil för ett team; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="178"/>
        <source>This team setup file was made by a newer CoachDesk; update CoachDesk to import it.</source>
        <translation>Teamets inställningsfil har gjorts med en nyare CoachDesk; uppdatera CoachDesk för att importera den.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="179"/>
        <source>The team setup file asks for unreasonable key settings; nothing was imported.</source>
        <translation>Teamets inställningsfil begär orimliga nyckelinställningar; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="180"/>
        <source>The team setup file is damaged; nothing was imported.</source>
        <translation>Teamets inställningsfil är skadad; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="181"/>
        <source>This is not a CoachDesk team setup file; nothing was imported.</source>
        <translation>Det här är inte en inställningsfil för ett CoachDesk-team; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="182"/>
        <source>Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.</source>
        <translation>Kanaler eller kollegor ändrades under tiden; granska importen igen. Inget sparades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="183"/>
        <source>Wrong passphrase, or the file was changed after it was made; nothing was imported.</source>
        <translation>Fel lösenfras, eller så har filen ändrats efter att den gjordes; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="184"/>
        <source>Only Teams (Workflows) channels can be protected by sign-in.</source>
        <translation>Endast Teams-kanaler (Workflows) kan skyddas med inloggning.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="185"/>
        <source>This trigger URL carries a signature (sig=...): it needs no sign-in; add it without &apos;protected (sign-in)&apos;.</source>
        <translation>Den här utlösaradressen har en signatur (sig=...): den behöver ingen inloggning; lägg till den utan skydd (inloggning).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="186"/>
        <source>This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your organisation, so it needs sign-in: add the channel as &apos;protected (sign-in)&apos; with your organisation&apos;s tenant and app id (docs/teams-setup.md).</source>
        <translation>Den här adressen till ett Teams-arbetsflöde saknar signatur (sig=...): dess utlösare godkänner bara inloggade användare i din organisation, så den kräver inloggning: lägg till kanalen som skyddad (inloggning) med organisationens klientorganisation (tenant) och app-id (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="187"/>
        <source>This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow instead: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>Det här är en adress till en Office 365-anslutning; Microsoft har avvecklat dem. Skapa ett arbetsflöde i stället: välj &apos;...&apos; &gt; Arbetsflöden &gt; &apos;Send webhook alerts to a channel&apos; i Teams-kanalen (dess utlösare är &apos;When a Teams webhook request is received&apos;), slutför guiden och kopiera sedan HTTP-adressen den visar (se docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="188"/>
        <source>This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November 2025. Copy the new URL from the flow: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>Det här är en gammal utlösaradress för Power Automate (logic.azure.com); de slutade fungera 30.11.2025. Kopiera den nya adressen från flödet: välj &apos;...&apos; &gt; Arbetsflöden &gt; &apos;Send webhook alerts to a channel&apos; i Teams-kanalen (dess utlösare är &apos;When a Teams webhook request is received&apos;), slutför guiden och kopiera sedan HTTP-adressen den visar (se docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="189"/>
        <source>%1 belongs to the CoachDesk vault in %2; choose a file outside the vault folder; nothing was written.</source>
        <translation>%1 hör till CoachDesk-valvet i %2; välj en fil utanför valvmappen; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="190"/>
        <source>%1 is not a CoachDesk backup file.</source>
        <translation>%1 är inte en CoachDesk-säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="191"/>
        <source>The vault in %1 is not a demo vault: &apos;demo --force&apos; replaces only a demo vault; nothing was changed.</source>
        <translation>Valvet i %1 är inte ett demovalv: &apos;demo --force&apos; ersätter bara ett demovalv; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="192"/>
        <source>The vault folder %1 is read-only or not yours to write: CoachDesk keeps its lock and journal there; nothing was changed.</source>
        <translation>Valvmappen %1 är skrivskyddad eller så har du inte skrivrätt till den: CoachDesk håller sitt lås och sin journal där; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="193"/>
        <source>%1 %2; nothing was imported.</source>
        <translation>%1 %2; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="194"/>
        <source>%1 is a link to %2, outside its folder; import that file itself; nothing was imported.</source>
        <translation>%1 är en länk till %2 utanför mappen; importera den filen direkt; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="195"/>
        <source>%1 is not a .txt or .md file (only those can be imported); nothing was imported.</source>
        <translation>%1 är inte en .txt- eller .md-fil (bara sådana kan importeras); inget importerades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="196"/>
        <source>This does not look like a %1 webhook URL (%2); expected %3</source>
        <translation>Det här ser inte ut som en webhook-adress för %1 (%2); väntad form: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="197"/>
        <source>the host is not a Power Automate environment host</source>
        <translation>värden är inte en värd i en Power Automate-miljö</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="198"/>
        <source>the path is not a Workflows trigger</source>
        <translation>sökvägen är inte en Workflows-utlösare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="199"/>
        <source>the host must be hooks.slack.com</source>
        <translation>värden måste vara hooks.slack.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="200"/>
        <source>the path must be /services/T.../B.../...</source>
        <translation>sökvägen måste ha formen /services/T.../B.../...</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="201"/>
        <source>the path must end in /hooks/&lt;id&gt;</source>
        <translation>sökvägen måste sluta med /hooks/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="202"/>
        <source>the host must be chat.googleapis.com</source>
        <translation>värden måste vara chat.googleapis.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="203"/>
        <source>the path must be /v1/spaces/&lt;space&gt;/messages</source>
        <translation>sökvägen måste ha formen /v1/spaces/&lt;space&gt;/messages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="204"/>
        <source>key= and token= are missing</source>
        <translation>key= och token= saknas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="205"/>
        <source>the host must be discord.com</source>
        <translation>värden måste vara discord.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="206"/>
        <source>the path must be /api/webhooks/&lt;id&gt;/&lt;token&gt;</source>
        <translation>sökvägen måste ha formen /api/webhooks/&lt;id&gt;/&lt;token&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="207"/>
        <source>thread_id= must be the thread&apos;s number</source>
        <translation>thread_id= måste vara trådens nummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="208"/>
        <source>Pyynnöllä pitää olla aihe.</source>
        <translation>Begäran behöver ett ämne.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="209"/>
        <source>Kirjoita kysymyksesi yhdellä lauseella.</source>
        <translation>Skriv din fråga i en mening.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="210"/>
        <source>Valitse, millaista apua toivot.</source>
        <translation>Välj vilken slags hjälp du vill ha.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="211"/>
        <source>%1 is a one-way (webhook) kind. %2</source>
        <translation>%1 är en enkelriktad typ (webhook). %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="212"/>
        <source>%1 is a two-way channel: add it with its token and channel ID.</source>
        <translation>%1 är en dubbelriktad kanal: lägg till den med sin token och sitt kanal-ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="213"/>
        <source>%1 is a webhook kind. %2</source>
        <translation>%1 är en webhook-typ. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="214"/>
        <source>A %1 channel posts through the platform&apos;s API, not a webhook URL.</source>
        <translation>En %1-kanal skickar via plattformens API, inte via en webhook-adress.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="215"/>
        <source>A %1 other than the platform&apos;s own is allowed only on this computer (tests).</source>
        <translation>Annat än plattformens egen %1 tillåts bara på den här datorn (tester).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="216"/>
        <source>A Mattermost access token is 26 letters and digits (Profile &gt; Security &gt; Personal Access Tokens).</source>
        <translation>En Mattermost-token är 26 bokstäver och siffror (Profil &gt; Säkerhet &gt; Personal Access Tokens).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="217"/>
        <source>A Mattermost channel ID is 26 letters and digits (channel menu &gt; View Info).</source>
        <translation>Ett Mattermost-kanal-ID är 26 bokstäver och siffror (kanalmenyn &gt; View Info).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="218"/>
        <source>A Mattermost post needs its channel ID and a non-empty message.</source>
        <translation>Ett Mattermost-inlägg behöver sitt kanal-ID och en text.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="219"/>
        <source>A Slack app message names its channel ID.</source>
        <translation>Ett meddelande via Slack-appen anger sitt kanal-ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="220"/>
        <source>A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).</source>
        <translation>Ett Slack-kanal-ID ser ut som C0123ABCDEF (kanalinformationen, längst ned).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="221"/>
        <source>A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth &amp; Permissions.</source>
        <translation>En Slack-token börjar med xoxb- (bot) eller xoxp- (användare); kopiera den från OAuth &amp; Permissions.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="222"/>
        <source>A Teams (Graph) channel needs the tenant and application ID for the sign-in.</source>
        <translation>En Teams-kanal (Graph) behöver klientorganisationens (tenant) och appens ID för inloggningen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="223"/>
        <source>A Teams (Graph) message needs an HTML body.</source>
        <translation>Ett Teams-meddelande (Graph) behöver ett HTML-innehåll.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="224"/>
        <source>A Teams channel ID looks like 19:abc...@thread.tacv2 (channel &apos;...&apos; &gt; Get link).</source>
        <translation>Ett Teams-kanal-ID ser ut som 19:abc...@thread.tacv2 (kanalens &apos;...&apos; &gt; Hämta länk).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="225"/>
        <source>A team ID is a GUID (Teams: the team&apos;s &apos;...&apos; &gt; Get link to team: groupId=...).</source>
        <translation>Ett team-ID är ett GUID (Teams: teamets &apos;...&apos; &gt; Hämta länk till team: groupId=...).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="226"/>
        <source>A two-way channel cannot be edited: remove it and add it again.</source>
        <translation>En dubbelriktad kanal kan inte redigeras: ta bort den och lägg till den igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="227"/>
        <source>A two-way channel needs its channel ID.</source>
        <translation>En dubbelriktad kanal behöver sitt kanal-ID.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="228"/>
        <source>Channel %1 is one-way. %2</source>
        <translation>Kanalen %1 är enkelriktad. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="229"/>
        <source>Give the Mattermost server address, for example https://chat.example.fi.</source>
        <translation>Ange Mattermost-serverns adress, till exempel https://chat.example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="230"/>
        <source>No reply %1 (see &apos;coachdesk replies list&apos;).</source>
        <translation>Inget svar %1 (se &apos;coachdesk replies list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="231"/>
        <source>Replies are read for 1-3650 days after sending.</source>
        <translation>Svar läses 1–3650 dagar efter att meddelandet skickats.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="232"/>
        <source>The %1 must look like https://chat.example.fi (no user, query or &apos;#&apos;).</source>
        <translation>%1 måste se ut som https://chat.example.fi (ingen användare, fråga eller &apos;#&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="233"/>
        <source>The %1 must use https://.</source>
        <translation>%1 måste använda https://.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="234"/>
        <source>The Teams message is too long (about 28 KB at most); shorten it.</source>
        <translation>Teams-meddelandet är för långt (högst cirka 28 kB); korta det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="235"/>
        <source>The kind of help is one of: %1.</source>
        <translation>Typen av hjälp är en av: %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="236"/>
        <source>The token of channel %1 is missing; remove and add the channel again.</source>
        <translation>Token för kanalen %1 saknas; ta bort kanalen och lägg till den igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="237"/>
        <source>This reply is already an answer.</source>
        <translation>Det här svaret är redan registrerat som svar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="238"/>
        <source>Unknown cloud %1.</source>
        <translation>Okänt moln %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="239"/>
        <source>Unknown sign-in use %1.</source>
        <translation>Okänt användningsområde för inloggning %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="240"/>
        <source>The check of this request is not finished (%1 question(s) or detail(s) left); finish it in the app&apos;s composer. Nothing was written.</source>
        <translation>Granskningen av begäran är inte klar (%1 frågor eller uppgifter kvar); gör klart den i appens skrivfönster. Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="241"/>
        <source>The preview file is not what this request would send now (the case or the file changed); preview it again. Nothing was queued.</source>
        <translation>Förhandsvisningsfilen är inte det som begäran skulle skicka nu (ärendet eller filen har ändrats); förhandsvisa igen. Inget köades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="242"/>
        <source>Request #%1 was submitted already; preview a new request. Nothing was queued.</source>
        <translation>Begäran #%1 har redan skickats till kön; förhandsvisa en ny begäran. Inget köades.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="243"/>
        <source>No request #%1.</source>
        <translation>Ingen begäran #%1.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="40"/>
        <source>CoachDesk — The vault needs attention</source>
        <translation>CoachDesk — Valvet behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="44"/>
        <source>Your vault could not be read correctly</source>
        <translation>Ditt valv kunde inte läsas korrekt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="48"/>
        <source>Part of the vault file is damaged, perhaps by a disk or power problem. CoachDesk has not changed it and will not write over it.

You can restore an automatic backup into a new folder next to it. Notes written after that backup are not in it; the damaged vault stays where it is, so nothing is lost for good.</source>
        <translation>En del av valvfilen är skadad, kanske på grund av ett diskfel eller ett strömavbrott. CoachDesk har inte ändrat den och kommer inte att skriva över den.

Du kan återställa en automatisk säkerhetskopia till en ny mapp bredvid den. Anteckningar som skrivits efter den säkerhetskopian finns inte med i den; det skadade valvet stannar där det är, så ingenting går förlorat för gott.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="56"/>
        <source>Automatic backups, newest first</source>
        <translation>Automatiska säkerhetskopior, nyaste först</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="66"/>
        <source>Automatic backups (newest first):</source>
        <translation>Automatiska säkerhetskopior (nyaste först):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="71"/>
        <source>There are no automatic backups in this folder. If you saved a backup elsewhere, use Restore from a backup and choose it.</source>
        <translation>Det finns inga automatiska säkerhetskopior i den här mappen. Om du har sparat en säkerhetskopia någon annanstans, välj Återställ från en säkerhetskopia och välj den.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="76"/>
        <source>Damaged vault: %1</source>
        <translation>Skadat valv: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore the newest backup…</source>
        <translation>Återställ den &amp;senaste säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Återställ &amp;från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="85"/>
        <source>&amp;Copy error and quit</source>
        <translation>&amp;Kopiera felet och avsluta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="110"/>
        <source>Restored into a new folder. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Återställt till en ny mapp. Lås upp den med säkerhetskopians lösenfras.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="190"/>
        <location filename="../../coachdesk/app/settings_dialog.py" line="227"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="191"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="195"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Datamapp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="199"/>
        <source>The vault in this folder opens at the next start. The current vault: %1</source>
        <translation>Valvet i den här mappen öppnas vid nästa start. Nuvarande valv: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="205"/>
        <source>&amp;Keep closed cases for</source>
        <translation>Behåll &amp;avslutade ärenden i</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="208"/>
        <source> months after closing</source>
        <translation> månader efter avslutandet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="209"/>
        <source>Keep closed cases for months after closing</source>
        <translation>Lagringstid för avslutade ärenden i månader efter avslutandet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="216"/>
        <source>After that CoachDesk reminds you; a case is deleted only when you confirm. The default is 12 months.</source>
        <translation>Därefter påminner CoachDesk dig; ett ärende raderas bara när du bekräftar. Standardvärdet är 12 månader.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="224"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="242"/>
        <source>The data folder must be a folder.</source>
        <translation>Datamappen måste vara en mapp.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <location filename="../../ui/first_run.ui" line="72"/>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="150"/>
        <source>Use at least three unrelated words.</source>
        <translation>Använd minst tre ord som inte hör ihop.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="151"/>
        <source>Too common: anyone could guess it.</source>
        <translation>För vanlig: vem som helst kan gissa den.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="152"/>
        <source>Very weak: add words.</source>
        <translation>Mycket svag: lägg till ord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="153"/>
        <source>Weak: add a word or two.</source>
        <translation>Svag: lägg till ett eller två ord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="154"/>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Godtagbar. En längre lösenfras vore starkare.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="155"/>
        <source>Good.</source>
        <translation>Bra.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="156"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="165"/>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="168"/>
        <source>The passphrase is too weak.</source>
        <translation>Lösenfrasen är för svag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="172"/>
        <source>Creating your encrypted vault…</source>
        <translation>Ditt krypterade valv skapas…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="198"/>
        <location filename="../../coachdesk/app/first_run.py" line="208"/>
        <source>Save the recovery key as PDF</source>
        <translation>Spara återställningsnyckeln som PDF</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="6"/>
        <source>CoachDesk — Welcome</source>
        <translation>CoachDesk — Välkommen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="12"/>
        <source>Welcome to CoachDesk</source>
        <translation>Välkommen till CoachDesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="13"/>
        <source>Your notes stay on this computer, encrypted. Choose a language, then create your private vault — or look around first with sample cases.</source>
        <translation>Dina anteckningar stannar krypterade på den här datorn. Välj språk och skapa sedan ditt privata valv — eller se dig omkring först med exempelärenden.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="16"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with &amp;sample cases</source>
        <translation>Prova med &amp;exempelärenden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with sample cases</source>
        <translation>Prova med exempelärenden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="29"/>
        <source>Choose a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="30"/>
        <source>A few unrelated words are strong and easy to remember. Nobody — not even CoachDesk — can open the vault without it or the recovery key.</source>
        <translation>Några ord som inte hör ihop är starka och lätta att minnas. Ingen — inte ens CoachDesk — kan öppna valvet utan lösenfrasen eller återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="31"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="32"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="33"/>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="35"/>
        <source>&amp;Again</source>
        <translation>&amp;Upprepa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="36"/>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="43"/>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="44"/>
        <source>If you forget your passphrase, this key is the only way back in. It is shown only now. Print it or save it as a PDF and keep it somewhere safe, away from this computer.</source>
        <translation>Om du glömmer din lösenfras är den här nyckeln den enda vägen in. Den visas bara nu. Skriv ut den eller spara den som PDF och förvara den på ett säkert ställe, åtskild från den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="45"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="48"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="49"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="53"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Jag har &amp;förvarat återställningsnyckeln på ett säkert ställe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="59"/>
        <source>Quick unlock</source>
        <translation>Snabbupplåsning</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="60"/>
        <source>CoachDesk can keep the vault key in your operating system&apos;s keychain, so you can unlock with one click while you are logged in. You can change this later in Settings.</source>
        <translation>CoachDesk kan förvara valvnyckeln i operativsystemets nyckelring, så att du kan låsa upp med ett klick medan du är inloggad. Du kan ändra detta senare i Inställningar.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="61"/>
        <source>Use &amp;quick unlock through the system keychain</source>
        <translation>&amp;Använd snabbupplåsning via systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="70"/>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="81"/>
        <source>Did your team lead give you a team setup file? Import it to get the team&apos;s channels and colleagues (optional; also later in Settings).</source>
        <translation>Har du fått en inställningsfil av teamledaren? Importera den för att få teamets kanaler och kolleger (frivilligt; går också senare i Inställningar).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="83"/>
        <source>Import &amp;team setup…</source>
        <translation>Importera &amp;teamets inställningar…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="67"/>
        <source>Record an answer</source>
        <translation>Anteckna ett svar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="69"/>
        <source>What came of “%1”? These notes stay in the case timeline.</source>
        <translation>Vad blev det av ”%1”? De här anteckningarna stannar på ärendets tidslinje.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="78"/>
        <source>e.g. sparring offered Thursday</source>
        <translation>t.ex. erbjöds sparring på torsdag</translation>
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
        <translation>1:1-sparring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Group session</source>
        <translation>Gruppträff</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="87"/>
        <source>what I will try next</source>
        <translation>vad jag provar härnäst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="88"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="89"/>
        <source>&amp;Answer</source>
        <translation>S&amp;var</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="90"/>
        <source>&amp;Help received</source>
        <translation>&amp;Hjälp jag fått</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="91"/>
        <source>What I will &amp;try</source>
        <translation>Vad jag ska &amp;prova</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="118"/>
        <source>Write an answer, choose the help received or what you will try.</source>
        <translation>Skriv ett svar, välj vilken hjälp du fått eller vad du ska prova.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="98"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="30"/>
        <location filename="../../coachdesk/app/compose/followups.py" line="45"/>
        <source>Answer to %1</source>
        <translation>Svar på %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="32"/>
        <source>I will try (after %1)</source>
        <translation>Jag provar (efter %1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>1:1 sparring</source>
        <translation>1:1-sparring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>group session</source>
        <translation>gruppträff</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="34"/>
        <source>other help</source>
        <translation>annan hjälp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="36"/>
        <source>Help received (%1)</source>
        <translation>Hjälp jag fått (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="46"/>
        <source>Follow-up to %1</source>
        <translation>Uppföljning av %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="47"/>
        <source>Help received</source>
        <translation>Fick hjälp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="48"/>
        <source>I will try</source>
        <translation>Jag prövar</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="53"/>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="54"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="57"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="58"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="59"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="62"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="49"/>
        <source>CoachDesk — New goal</source>
        <translation>CoachDesk — Nytt mål</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="52"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="53"/>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="57"/>
        <location filename="../../coachdesk/app/overview_page.py" line="59"/>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="61"/>
        <source>Baseline level</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="65"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Utgångsnivå</translation>
    </message>
</context>
<context>
    <name>GroupTopicsDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="144"/>
        <source>Group session topics</source>
        <translation>Ämnen för gruppträffen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="146"/>
        <source>Anonymised: no case codes, pseudonyms or identifying details.</source>
        <translation>Anonymiserat: inga ärendekoder, pseudonymer eller identifierande uppgifter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="157"/>
        <source>No topics yet. Mark a request as a group-session topic in its case&apos;s Requests tab.</source>
        <translation>Inga ämnen ännu. Markera en fråga som ämne för gruppträffen under ärendets flik Frågor.</translation>
    </message>
</context>
<context>
    <name>IdentifiersPage</name>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="65"/>
        <source>Identifying details — never leave this computer. They are used only to highlight and remove them from notes and requests.</source>
        <translation>Identifierande uppgifter — lämnar aldrig den här datorn. De används bara för att markera dem och ta bort dem ur anteckningar och frågor.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Detail</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="69"/>
        <source>Identifying details</source>
        <translation>Identifierande uppgifter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="70"/>
        <source>Name, place, employer…</source>
        <translation>Namn, plats, arbetsgivare…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="71"/>
        <source>New identifying detail</source>
        <translation>Ny identifierande uppgift</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="72"/>
        <source>Kind of detail</source>
        <translation>Typ av uppgift</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="79"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="14"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="15"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="16"/>
        <location filename="../../coachdesk/app/labels.py" line="27"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="22"/>
        <source>Mapping</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="23"/>
        <source>Goal setting</source>
        <translation>Målsättning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="24"/>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="25"/>
        <source>Job coaching</source>
        <translation>Jobbcoachning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="26"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="33"/>
        <source>Kela</source>
        <translation>FPA (Kela)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="34"/>
        <source>Pension insurer</source>
        <translation>Arbetspensionsförsäkrare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="35"/>
        <source>TE services</source>
        <translation>TE-tjänster</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="36"/>
        <source>Occupational health</source>
        <translation>Företagshälsovård</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="37"/>
        <location filename="../../coachdesk/app/labels.py" line="56"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="43"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="44"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="45"/>
        <source>Video call</source>
        <translation>Videosamtal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="46"/>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="52"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="53"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="54"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="55"/>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="62"/>
        <source>Work Ability Score (0–10)</source>
        <translation>Arbetsförmågepoäng (0–10)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="63"/>
        <source>Work Ability Index (7–49)</source>
        <translation>Arbetsförmågeindex (7–49)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="64"/>
        <source>Other measure</source>
        <translation>Annan mätare</translation>
    </message>
</context>
<context>
    <name>ListFormPage</name>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="115"/>
        <source>%1: the form has changes that are not saved. Save them, or choose New to drop them.</source>
        <translation>%1: formuläret har ändringar som inte är sparade. Spara dem, eller välj Ny för att slänga dem.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="126"/>
        <location filename="../../ui/lock_screen.ui" line="6"/>
        <source>CoachDesk — Locked</source>
        <translation>CoachDesk — Låst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="128"/>
        <source>Vault: %1</source>
        <translation>Valv: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="168"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="175"/>
        <source>Enter your passphrase.</source>
        <translation>Ange din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="202"/>
        <source>The vault is damaged. Nothing was changed.</source>
        <translation>Valvet är skadat. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="208"/>
        <source>Wrong passphrase. Please wait a moment and try again.</source>
        <translation>Fel lösenfras. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="214"/>
        <source>Quick unlock is not available right now. Enter your passphrase.</source>
        <translation>Snabbupplåsning är inte tillgänglig just nu. Ange din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="219"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Valvet kunde inte öppnas (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="19"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk är låst</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="20"/>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="21"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="22"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="23"/>
        <source>Demo vault: the passphrase is demo-coachdesk</source>
        <translation>Demovalv: lösenfrasen är demo-coachdesk</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="24"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>&amp;Quick unlock</source>
        <translation>&amp;Snabbupplåsning</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>Quick unlock with the system keychain</source>
        <translation>Snabbupplåsning med systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>&amp;Forgot passphrase? Use the recovery key</source>
        <translation>&amp;Glömt lösenfrasen? Använd återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>Forgot passphrase</source>
        <translation>Glömd lösenfras</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="178"/>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="181"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="182"/>
        <source>New session &amp;note</source>
        <translation>Ny sessionsan&amp;teckning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="183"/>
        <source>New &amp;reflection…</source>
        <translation>Ny &amp;reflektion…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="184"/>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="185"/>
        <source>General &amp;reflections</source>
        <translation>Allmänna &amp;reflektioner</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="187"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="189"/>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Om CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="190"/>
        <source>Good to see you</source>
        <translation>Välkommen tillbaka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="191"/>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation>Välj ett ärende till vänster eller skapa ett nytt med Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>General reflections</source>
        <translation>Allmänna reflektioner</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="207"/>
        <source>demo vault</source>
        <translation>demovalv</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="81"/>
        <source>CoachDesk — New measurement</source>
        <translation>CoachDesk — Ny mätning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="84"/>
        <source>Measure</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="90"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="94"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="95"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mätare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="96"/>
        <source>&amp;Value</source>
        <translation>&amp;Värde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="97"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="17"/>
        <source>CoachDesk — New case</source>
        <translation>CoachDesk — Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="23"/>
        <source>A made-up name, e.g. Metsätie</source>
        <translation>Ett påhittat namn, t.ex. Metsätie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="32"/>
        <source>comma-separated</source>
        <translation>kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>P&amp;hase</source>
        <translation>&amp;Fas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>Pa&amp;yer</source>
        <translation>&amp;Betalare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="35"/>
        <source>&amp;Tags</source>
        <translation>&amp;Etiketter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="38"/>
        <source>Use a pseudonym here. Real names go to the case&apos;s Identifying details, which never leave this computer.</source>
        <translation>Använd en pseudonym här. Riktiga namn hör hemma bland ärendets identifierande uppgifter, som aldrig lämnar den här datorn.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="132"/>
        <source>Note date</source>
        <translation>Anteckningens datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="133"/>
        <source>Kind of contact</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="134"/>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="136"/>
        <source>Note text</source>
        <translation>Anteckningstext</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="137"/>
        <source>Write the session note here. It is saved as you type.</source>
        <translation>Skriv sessionsanteckningen här. Den sparas medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved %1</source>
        <translation>Sparad %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="256"/>
        <source>Saving soon…</source>
        <translation>Sparas snart…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="291"/>
        <source>Highlighted words may identify the client. Consider the pseudonym “%1” or a general word instead.</source>
        <translation>De markerade orden kan identifiera klienten. Överväg pseudonymen ”%1” eller ett mer allmänt ord i stället.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="294"/>
        <source>Highlighted words may identify the client. Consider a pseudonym or a general word.</source>
        <translation>De markerade orden kan identifiera klienten. Överväg en pseudonym eller ett mer allmänt ord i stället.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coachdesk/app/operations.py" line="95"/>
        <source>The operation failed (%1).</source>
        <translation>Åtgärden misslyckades (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="31"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="33"/>
        <source>Messages are delivered in the background; you can keep working.</source>
        <translation>Meddelandena levereras i bakgrunden; du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="36"/>
        <source>Show sent and cancelled too</source>
        <translation>Visa även skickade och avbrutna</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Last change</source>
        <translation>Senaste ändring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="48"/>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="49"/>
        <source>Mark delivered</source>
        <translation>Markera som levererat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="50"/>
        <source>Cancel sending</source>
        <translation>Avbryt sändningen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="56"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="10"/>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="11"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="12"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="13"/>
        <source>Sending…</source>
        <translation>Skickas…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="14"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="15"/>
        <source>Needs fixing</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="16"/>
        <source>Possibly sent</source>
        <translation>Kanske skickat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="17"/>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="37"/>
        <source>queued</source>
        <translation>i kö</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="38"/>
        <source>delivered</source>
        <translation>levererat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="39"/>
        <source>not sent (no connection), will retry</source>
        <translation>inte skickat (ingen anslutning), försöker igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="40"/>
        <source>busy, will retry</source>
        <translation>upptaget, försöker igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="41"/>
        <source>refused by the channel</source>
        <translation>avvisat av kanalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="42"/>
        <source>no clear answer</source>
        <translation>inget tydligt svar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="43"/>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="44"/>
        <source>send again</source>
        <translation>skicka igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="45"/>
        <source>marked delivered</source>
        <translation>markerat som levererat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="46"/>
        <source>interrupted</source>
        <translation>oväntat avbrutet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="50"/>
        <source>test message</source>
        <translation>testmeddelande</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="47"/>
        <source>waiting for sign-in</source>
        <translation>väntar på inloggning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="18"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
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
        <translation>&amp;Fas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>Pa&amp;yer</source>
        <translation>&amp;Betalare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Referral</source>
        <translation>Hän&amp;visad av</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Opened</source>
        <translation>Öpp&amp;nat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Tags</source>
        <translation>&amp;Etiketter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>Su&amp;mmary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="199"/>
        <source>comma-separated, e.g. burnout, work trial</source>
        <translation>kommaseparerade, t.ex. utmattning, arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="200"/>
        <source>who referred, e.g. occupational health</source>
        <translation>vem som hänvisade, t.ex. företagshälsovården</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="210"/>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="211"/>
        <source>Goals (GAS)</source>
        <translation>Mål (GAS)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Baseline</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="213"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="217"/>
        <source>Add &amp;goal…</source>
        <translation>Lägg till må&amp;l…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="218"/>
        <source>Measures</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="219"/>
        <source>Measure to chart</source>
        <translation>Mätare i diagrammet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="220"/>
        <source>Add &amp;measurement…</source>
        <translation>Lägg till mä&amp;tning…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="299"/>
        <source>Current level of %1</source>
        <translation>Nuvarande nivå för %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="356"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="215"/>
        <source>No goals yet. Agree on a goal with the client and add it with “Add goal…”: its baseline and the five GAS levels (−2 … +2) show progress over time.</source>
        <translation>Inga mål ännu. Kom överens om ett mål med klienten och lägg till det med ”Lägg till mål…”: utgångsläget och de fem GAS-nivåerna (−2 … +2) visar framstegen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="36"/>
        <source>CoachDesk — Recovery key</source>
        <translation>CoachDesk — Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="38"/>
        <source>Enter the recovery key you stored when you created the vault, then choose a new passphrase.</source>
        <translation>Ange den återställningsnyckel du sparade när du skapade valvet och välj sedan en ny lösenfras.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="47"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="50"/>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="51"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="52"/>
        <source>&amp;New passphrase</source>
        <translation>N&amp;y lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="53"/>
        <source>&amp;Again</source>
        <translation>&amp;Upprepa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="73"/>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="76"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>Den nya lösenfrasen är för svag: lägg till ett eller två ord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="79"/>
        <source>Checking the recovery key…</source>
        <translation>Kontrollerar återställningsnyckeln…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="97"/>
        <source>That recovery key does not fit this vault.</source>
        <translation>Den återställningsnyckeln passar inte det här valvet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="101"/>
        <source>Recovery failed (%1).</source>
        <translation>Återställningen misslyckades (%1).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="115"/>
        <source>CoachDesk — New recovery key</source>
        <translation>CoachDesk — Ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="117"/>
        <source>Your new recovery key. It is shown only now: print it or save it as a PDF.</source>
        <translation>Din nya återställningsnyckel. Den visas bara nu: skriv ut den eller spara den som PDF.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="122"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="126"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="133"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Jag har &amp;förvarat återställningsnyckeln på ett säkert ställe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="150"/>
        <location filename="../../coachdesk/app/rekey_ui.py" line="159"/>
        <source>Save the recovery key as PDF</source>
        <translation>Spara återställningsnyckeln som PDF</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="16"/>
        <source>CoachDesk recovery key</source>
        <translation>Återställningsnyckel för CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="17"/>
        <source>Keep this sheet somewhere safe, away from the computer. With this key you can open your vault if you forget the passphrase.</source>
        <translation>Förvara det här bladet på ett säkert ställe, åtskilt från datorn. Med den här nyckeln kan du öppna ditt valv om du glömmer lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="20"/>
        <source>Vault folder</source>
        <translation>Valvmapp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="21"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="113"/>
        <source>CoachDesk — Reflection</source>
        <translation>CoachDesk — Reflektion</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Template</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>T&amp;itle</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="115"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="122"/>
        <source>General (no case)</source>
        <translation>Allmän (inget ärende)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="123"/>
        <source>A few words to find it again</source>
        <translation>Några ord så att du hittar den igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="277"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="212"/>
        <source>Nothing to save yet.</source>
        <translation>Inget att spara ännu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="218"/>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="220"/>
        <source>Saved %1</source>
        <translation>Sparad %1</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="50"/>
        <location filename="../../coachdesk/app/reflections_page.py" line="52"/>
        <source>General reflections</source>
        <translation>Allmänna reflektioner</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="51"/>
        <source>&amp;New reflection…</source>
        <translation>&amp;Ny reflektion…</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="114"/>
        <source>New replies from colleagues: %1</source>
        <translation>Nya svar från kolleger: %1</translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="177"/>
        <source>Replies from colleagues</source>
        <translation>Svar från kolleger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="178"/>
        <source>Make it the answer…</source>
        <translation>Gör det till svaret…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="205"/>
        <source>This reply is the answer.</source>
        <translation>Det här svaret är registrerat som svaret.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="135"/>
        <source>Ask a colleague…</source>
        <translation>Fråga en kollega…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="137"/>
        <source>Only reviewed text with identifying details replaced is ever sent.</source>
        <translation>Endast granskad text, där identifierande uppgifter har ersatts, skickas någonsin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="139"/>
        <source>Check the channel</source>
        <translation>Kontrollera kanalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="140"/>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="141"/>
        <source>Mark delivered</source>
        <translation>Markera som levererat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="142"/>
        <source>Cancel sending</source>
        <translation>Avbryt sändningen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="146"/>
        <source>A topic for the group session</source>
        <translation>Ett ämne för gruppträffen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="147"/>
        <source>Delivery log</source>
        <translation>Leveranslogg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Message hash</source>
        <translation>Hashvärde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="281"/>
        <source>No requests yet. Ask a colleague about this case with Ctrl+Shift+A.</source>
        <translation>Inga frågor ännu. Fråga en kollega om det här ärendet med Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="326"/>
        <source>Sent to %1 on %2.</source>
        <translation>Skickat till %1 den %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="328"/>
        <source> Waiting for the network; it is retried automatically.</source>
        <translation> Väntar på nätverket; ett nytt försök görs automatiskt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="331"/>
        <source>Queued for %1.</source>
        <translation>I kö för %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="333"/>
        <source>Needs fixing: %1 refused the message (%2). Edit and resend, or cancel.</source>
        <translation>Behöver åtgärdas: %1 avvisade meddelandet (%2). Redigera och skicka igen, eller avbryt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="336"/>
        <source>Possibly sent: there was no clear answer from %1 (%2). Look in the channel for #%3, then choose “Send again” or “Mark delivered”.</source>
        <translation>Kanske skickat: %1 gav inget tydligt svar (%2). Leta efter #%3 i kanalen och välj sedan ”Skicka igen” eller ”Markera som levererat”.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="353"/>
        <source>Copied #%1: search for it in the channel.</source>
        <translation>Kopierade #%1: sök efter det i kanalen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="330"/>
        <source> Waiting for your sign-in: Settings → Channels → Sign in.</source>
        <translation> Väntar på din inloggning: Inställningar → Kanaler → Logga in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="143"/>
        <source>&amp;Record an answer…</source>
        <translation>&amp;Anteckna ett svar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="144"/>
        <source>Answers and what I will try</source>
        <translation>Svar och vad jag prövar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="193"/>
        <source>(no topic yet)</source>
        <translation>(inget ämne ännu)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="235"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Continue writing…</source>
        <translation>&amp;Fortsätt skriva…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Redigera och skicka igen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="318"/>
        <source>A draft: saved as you typed, not sent. Continue writing to check and send it.</source>
        <translation>Ett utkast: sparat medan du skrev, inte skickat. Fortsätt skriva för att granska och skicka det.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="324"/>
        <source>Sent to %1 on %2; answered.</source>
        <translation>Skickad till %1 %2; besvarad.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="62"/>
        <source>CoachDesk — Restore from a backup</source>
        <translation>CoachDesk — Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="66"/>
        <source>The backup is opened and checked first. Nothing changes unless it passes.</source>
        <translation>Säkerhetskopian öppnas och kontrolleras först. Ingenting ändras om den inte klarar kontrollen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="72"/>
        <source>Backup file</source>
        <translation>Säkerhetskopiefil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="73"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="77"/>
        <source>Backup &amp;file</source>
        <translation>Säkerhetskopie&amp;fil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="81"/>
        <source>Its &amp;passphrase</source>
        <translation>&amp;Dess lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="82"/>
        <source>The r&amp;ecovery key</source>
        <translation>Å&amp;terställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="89"/>
        <source>Open with</source>
        <translation>Öppna med</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="92"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Säkerhetskopians lösenfras eller återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="93"/>
        <source>&amp;Secret</source>
        <translation>&amp;Lösenfras/nyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="95"/>
        <source>Into a &amp;new folder</source>
        <translation>Till en &amp;ny mapp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="96"/>
        <source>&amp;Over the current vault (the current files are kept aside)</source>
        <translation>&amp;Ersätt det nuvarande valvet (de nuvarande filerna sparas separat)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="106"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="138"/>
        <source>New folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="107"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="122"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="132"/>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="133"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk-säkerhetskopior (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="155"/>
        <source>Choose a backup file (.cdbackup).</source>
        <translation>Välj en säkerhetskopiefil (.cdbackup).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="158"/>
        <source>Enter the backup&apos;s passphrase or recovery key.</source>
        <translation>Ange säkerhetskopians lösenfras eller återställningsnyckel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="169"/>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Välj en ny mapp för det återställda valvet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="172"/>
        <source>That folder already holds a vault. Choose a new folder.</source>
        <translation>Det finns redan ett valv i den mappen. Välj en ny mapp.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="176"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="207"/>
        <source>Checking and restoring the backup…</source>
        <translation>Kontrollerar och återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="194"/>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation>Lösenfrasen eller återställningsnyckeln öppnar inte den här säkerhetskopian. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="196"/>
        <source>The backup was not restored: %1 Nothing was changed.</source>
        <translation>Säkerhetskopian återställdes inte: %1 Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="221"/>
        <source>Restored. The replaced vault is kept in %1</source>
        <translation>Återställt. Det ersatta valvet finns kvar i %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="227"/>
        <source>The backup was not restored (%1). Your vault is unchanged; unlock it as usual.</source>
        <translation>Säkerhetskopian återställdes inte (%1). Ditt valv är oförändrat; lås upp det som vanligt.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="41"/>
        <source>closed this month</source>
        <translation>avslutat den här månaden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="42"/>
        <source>closed %1 mo ago</source>
        <translation>avslutat för %1 mån. sedan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="51"/>
        <source>CoachDesk — Delete case for good</source>
        <translation>CoachDesk — Radera ärende permanent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="55"/>
        <source>To delete case %1 for good, type its code below.</source>
        <translation>Skriv ärendets kod nedan för att radera ärende %1 permanent.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="60"/>
        <source>Case code</source>
        <translation>Ärendekod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="63"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="79"/>
        <location filename="../../coachdesk/app/retention_ui.py" line="139"/>
        <source>CoachDesk — Delete case</source>
        <translation>CoachDesk — Radera ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="80"/>
        <source>Delete case %1 for good?</source>
        <translation>Radera ärende %1 permanent?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="81"/>
        <source>Its notes, goals, measures, reflections, help requests and outbox items are deleted and the space they used is wiped. This cannot be undone. Copies in older backups remain until those roll off (7 days).</source>
        <translation>Dess anteckningar, mål, mätningar, reflektioner, frågor till kolleger och poster i utkorgen raderas och utrymmet de använde skrivs över. Det här kan inte ångras. Kopior i äldre säkerhetskopior finns kvar tills de faller bort (7 dagar).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="87"/>
        <source>Continue…</source>
        <translation>Fortsätt…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="124"/>
        <source>Deleting the case…</source>
        <translation>Raderar ärendet…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="129"/>
        <source>The case was deleted for good.</source>
        <translation>Ärendet har raderats permanent.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="140"/>
        <source>The case could not be deleted: %1</source>
        <translation>Ärendet kunde inte raderas: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="155"/>
        <source>CoachDesk — Closed cases to review</source>
        <translation>CoachDesk — Avslutade ärenden att granska</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="160"/>
        <source>Some closed cases have reached the retention period</source>
        <translation>Några avslutade ärenden har nått lagringstiden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="164"/>
        <source>You keep closed cases for %1 months. These were closed longer ago. Nothing is deleted unless you choose a case and confirm.</source>
        <translation>Du behåller avslutade ärenden i %1 månader. De här avslutades för längre sedan. Ingenting raderas om du inte väljer ett ärende och bekräftar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="169"/>
        <source>Closed cases past the retention period</source>
        <translation>Avslutade ärenden vars lagringstid har gått ut</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="171"/>
        <source>closed %1</source>
        <translation>avslutat %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="179"/>
        <source>You can change the retention period in Settings → Data.</source>
        <translation>Du kan ändra lagringstiden under Inställningar → Data.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="183"/>
        <source>&amp;Delete the chosen case…</source>
        <translation>&amp;Radera det valda ärendet…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="185"/>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="115"/>
        <source>CoachDesk — Search</source>
        <translation>CoachDesk — Sök</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="116"/>
        <source>Search cases, notes and reflections (e.g. kipu finds kivun)</source>
        <translation>Sök i ärenden, anteckningar och reflektioner (t.ex. hittar kipu även kivun)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="117"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="118"/>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>Nothing found.</source>
        <translation>Inga träffar.</translation>
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
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="88"/>
        <source>Lock after minutes without use</source>
        <translation>Lås efter antal minuter utan användning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="91"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="93"/>
        <source>Clear copied text after seconds</source>
        <translation>Töm kopierad text efter antal sekunder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="94"/>
        <source>Quick unlock through the system keychain</source>
        <translation>Snabbupplåsning via systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="95"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="96"/>
        <source>&amp;Clear clipboard after</source>
        <translation>&amp;Töm urklipp efter</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="99"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="100"/>
        <source>New &amp;recovery key…</source>
        <translation>&amp;Ny återställningsnyckel…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="112"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
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
        <translation>CoachDesk — Ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="145"/>
        <source>Create a new recovery key? The old one stops working at once.</source>
        <translation>Skapa en ny återställningsnyckel? Den gamla slutar fungera genast.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="154"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Valvet krypteras om med en ny nyckel…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="168"/>
        <source>The current passphrase is wrong.</source>
        <translation>Den nuvarande lösenfrasen är fel.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>CoachDesk — Settings</source>
        <translation>CoachDesk — Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
</context>
<context>
    <name>SignInBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="74"/>
        <source>Protected: sign in to send (flow set to “Any user in my tenant”)</source>
        <translation>Skyddad: logga in för att skicka (flödet har ”Any user in my tenant”)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="75"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Klientorganisation (tenant)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="76"/>
        <source>Directory (tenant) ID or domain, from your admin</source>
        <translation>Katalogens (tenant) ID eller domän, från administratören</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="77"/>
        <source>A&amp;pplication ID</source>
        <translation>A&amp;pplikations-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="78"/>
        <source>Application (client) ID, from your admin</source>
        <translation>Applikationens (client) ID, från administratören</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="79"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Logga in…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="80"/>
        <source>Sign in in the &amp;browser</source>
        <translation>Logga in i &amp;webbläsaren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="140"/>
        <source>Sign-in needed before messages can go: %1</source>
        <translation>Inloggning behövs innan meddelanden kan skickas: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="142"/>
        <source>Signed in. Messages to this channel go out with your sign-in.</source>
        <translation>Inloggad. Meddelanden till kanalen skickas med din inloggning.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="162"/>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Ber Microsoft om en inloggningskod…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="166"/>
        <source>Open %1 and enter the code %2. This page waits for you.</source>
        <translation>Öppna %1 och ange koden %2. Sidan väntar på dig.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="183"/>
        <source>Sign in in the browser window that opened…</source>
        <translation>Logga in i webbläsarfönstret som öppnades…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in.</source>
        <translation>Inloggad.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="197"/>
        <source>Waiting messages go out shortly.</source>
        <translation>Väntande meddelanden skickas snart.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="207"/>
        <source>Microsoft&apos;s sign-in service could not be reached. Check the connection and try again.</source>
        <translation>Microsofts inloggningstjänst kunde inte nås. Kontrollera anslutningen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="209"/>
        <source>The sign-in did not finish: %1</source>
        <translation>Inloggningen slutfördes inte: %1</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="224"/>
        <source>Export team setup</source>
        <translation>Exportera teamets inställningar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="226"/>
        <source>One file with this vault&apos;s channels (their secret webhook addresses included) and colleagues, for your team. Give the file and its passphrase by different routes, for example the passphrase by phone.</source>
        <translation>En fil för ditt team med valvets kanaler (de hemliga webhook-adresserna ingår) och kolleger. Ge filen och lösenfrasen via olika vägar, till exempel lösenfrasen per telefon.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="230"/>
        <source>New &amp;passphrase</source>
        <translation>Ny &amp;lösenfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="231"/>
        <source>A&amp;gain</source>
        <translation>I&amp;gen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="232"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="233"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup file</source>
        <translation>Teamets inställningsfil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup files (*.cdteam)</source>
        <translation>Teamets inställningsfiler (*.cdteam)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="248"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="257"/>
        <location filename="../../coachdesk/app/compose/team_import.py" line="259"/>
        <source>Encrypting…</source>
        <translation>Krypterar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="267"/>
        <source>Written to %1 (readable only by you).</source>
        <translation>Skrivet till %1 (bara du kan läsa den).</translation>
    </message>
</context>
<context>
    <name>TeamImportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="95"/>
        <source>Import team setup</source>
        <translation>Importera teamets inställningar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="97"/>
        <source>Your team lead can give you one file with the team&apos;s channels and colleagues, and its passphrase by another route. You will see what it adds before anything is saved; nothing you have is replaced.</source>
        <translation>Teamledaren kan ge dig en fil med teamets kanaler och kolleger, och lösenfrasen via en annan väg. Du ser vad den lägger till innan något sparas; inget du har ersätts.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="100"/>
        <source>&amp;Passphrase</source>
        <translation>Löse&amp;nfras</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="102"/>
        <source>&amp;Show what it adds</source>
        <translation>Vi&amp;sa vad den lägger till</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="106"/>
        <source>Team setup file</source>
        <translation>Teamets inställningsfil</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="107"/>
        <source>Team setup files (*.cdteam);;All files (*)</source>
        <translation>Teamets inställningsfiler (*.cdteam);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="119"/>
        <source>Choose the file and type its passphrase.</source>
        <translation>Välj filen och skriv dess lösenfras.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="123"/>
        <source>Opening the file…</source>
        <translation>Öppnar filen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="136"/>
        <source>Nothing new to add.</source>
        <translation>Inget nytt att lägga till.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="137"/>
        <source>Check the list, then press Add.</source>
        <translation>Kontrollera listan och tryck sedan på Lägg till.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="151"/>
        <source>Adding…</source>
        <translation>Lägger till…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="159"/>
        <source>Added %1 channel(s) and %2 colleague(s).</source>
        <translation>Lade till %1 kanal(er) och %2 kolleg(er).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="162"/>
        <source>Channels that need a sign-in: open them in Settings → Channels and press Sign in.</source>
        <translation>Kanaler som kräver inloggning: öppna dem i Inställningar → Kanaler och tryck på Logga in.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="99"/>
        <source>New &amp;note</source>
        <translation>Ny a&amp;nteckning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="100"/>
        <source>New session note (Ctrl+Shift+N)</source>
        <translation>Ny sessionsanteckning (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="101"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Reflektera…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="102"/>
        <source>New reflection on this case (Ctrl+R)</source>
        <translation>Ny reflektion om det här ärendet (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="103"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="117"/>
        <source>Choose a note or reflection, or start a new note.</source>
        <translation>Välj en anteckning eller reflektion, eller börja på en ny anteckning.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="105"/>
        <source>&amp;Edit reflection</source>
        <translation>R&amp;edigera reflektion</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="106"/>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="158"/>
        <source>(empty note)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="114"/>
        <source>No notes yet.

After a session, write what happened with “New note” (Ctrl+Shift+N); reflect on the case with “Reflect…” (Ctrl+R). Answers from colleagues appear here too.</source>
        <translation>Inga anteckningar ännu.

Skriv efter en session vad som hände med ”Ny anteckning” (Ctrl+Shift+N); reflektera över ärendet med ”Reflektera…” (Ctrl+R). Svar från kolleger visas också här.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../coachdesk/app/trend_chart.py" line="38"/>
        <source>No measurements yet</source>
        <translation>Inga mätningar ännu</translation>
    </message>
</context>
<context>
    <name>TwoWayChannelDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="32"/>
        <source>Add a two-way channel</source>
        <translation>Lägg till en tvåvägskanal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="34"/>
        <source>Replies to your requests come back to CoachDesk. Google Chat and Discord webhooks are one-way. See docs/teams-setup.md for the permissions each platform needs.</source>
        <translation>Svaren på dina förfrågningar kommer tillbaka till CoachDesk. Webhooks för Google Chat och Discord är envägs. Behörigheterna som varje plattform kräver: docs/teams-setup.md.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Channel ID</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Tenant ID</source>
        <translation>Klient-ID (tenant)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Application ID</source>
        <translation>Program-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="115"/>
        <source>Checking the token…</source>
        <translation>Kontrollerar token…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="146"/>
        <source>Saved. Select the channel and sign in; then send a test message.</source>
        <translation>Sparat. Välj kanalen och logga in; skicka sedan ett testmeddelande.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="148"/>
        <source>Saved: %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="121"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="122"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Åt&amp;erställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="123"/>
        <source>&amp;Delete case…</source>
        <translation>Ra&amp;dera ärende…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="124"/>
        <source>Delete a closed case for good</source>
        <translation>Radera ett avslutat ärende permanent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="145"/>
        <source>Back up the vault</source>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="146"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk-säkerhetskopior (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="164"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="171"/>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopian har sparats: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="158"/>
        <location filename="../../coachdesk/app/vault_care.py" line="178"/>
        <source>CoachDesk — Back up</source>
        <translation>CoachDesk — Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="179"/>
        <source>The backup could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="198"/>
        <source>CoachDesk — Restored</source>
        <translation>CoachDesk — Återställt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="199"/>
        <source>The backup was restored into %1.</source>
        <translation>Säkerhetskopian återställdes till %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="201"/>
        <source>Switch to it now? The current vault stays as it is.</source>
        <translation>Vill du byta till det nu? Det nuvarande valvet förblir som det är.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="202"/>
        <source>&amp;Switch to it</source>
        <translation>&amp;Byt till det</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="203"/>
        <source>&amp;Stay here</source>
        <translation>&amp;Stanna här</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="207"/>
        <source>Restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Återställt. Lås upp med säkerhetskopians lösenfras.</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="20"/>
        <source>These words are never replaced in requests and summaries — e.g. the team&apos;s own terms and project names.</source>
        <translation>Dessa ord ersätts aldrig i förfrågningar och sammanfattningar — t.ex. teamets egna termer och projektnamn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="23"/>
        <source>&amp;Words and phrases, one per line</source>
        <translation>O&amp;rd och uttryck, ett per rad</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="25"/>
        <source>Never-scrub words and phrases</source>
        <translation>Ord och uttryck som aldrig ersätts</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="29"/>
        <source>The shipped list (Kela, TE-palvelut, Perjantaipiiri …) applies too. A name alone or a contact detail is refused: those are always hidden.</source>
        <translation>Den färdiga listan (Kela, TE-palvelut, Perjantaipiiri …) gäller också. Ett namn ensamt eller en kontaktuppgift godtas inte: de döljs alltid.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Ordlista</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../coachdesk/app/rekey_ui.py" line="32"/>
        <source>The vault is now encrypted with a new key. %n backup(s) in the data folder were made with the old key: they still open with the old passphrase and recovery key. Backups you saved elsewhere do too.</source>
        <translation>
            <numerusform>Valvet är nu krypterat med en ny nyckel. %n säkerhetskopia i datamappen gjordes med den gamla nyckeln: den öppnas fortfarande med den gamla lösenfrasen och återställningsnyckeln. Det gör även kopior du sparat någon annanstans.</numerusform>
            <numerusform>Valvet är nu krypterat med en ny nyckel. %n säkerhetskopior i datamappen gjordes med den gamla nyckeln: de öppnas fortfarande med den gamla lösenfrasen och återställningsnyckeln. Det gör även kopior du sparat någon annanstans.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="37"/>
        <source>&amp;Re-encrypt with the new key</source>
        <translation>&amp;Kryptera om med den nya nyckeln</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="40"/>
        <source>&amp;Delete them</source>
        <translation>&amp;Radera dem</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="43"/>
        <source>&amp;Keep them as they are</source>
        <translation>&amp;Behåll dem som de är</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="46"/>
        <source>Re-encrypted: %1, deleted: %2, kept: %3.</source>
        <translation>Omkrypterade: %1, raderade: %2, behållna: %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="50"/>
        <source>CoachDesk — Older backups</source>
        <translation>CoachDesk — Äldre säkerhetskopior</translation>
    </message>
</context>
</TS>
