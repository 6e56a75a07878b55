<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/app/about.py" line="78"/>
        <source>About CoachDesk</source>
        <translation>Tietoja CoachDeskistä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="90"/>
        <source>The private, encrypted desk of a work-ability coach. Everything stays on this computer.</source>
        <translation>Työkykyvalmentajan yksityinen, salattu työpöytä. Kaikki pysyy tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="99"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="100"/>
        <source>Third-party notices</source>
        <translation>Kolmansien osapuolten ilmoitukset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="104"/>
        <source>Open licence texts</source>
        <translation>Avaa lisenssitekstit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="121"/>
        <source>CoachDesk keeps anonymised cases, session notes, goals and reflections in an encrypted vault (SQLCipher) on this computer. Nothing is sent anywhere unless you send it, and you see every byte before it leaves.</source>
        <translation>CoachDesk säilyttää anonymisoidut asiakkuudet, tapaamisten muistiinpanot, tavoitteet ja reflektiot salatussa holvissa (SQLCipher) tällä tietokoneella. Mitään ei lähetetä minnekään, ellet itse lähetä, ja näet jokaisen tavun ennen kuin se lähtee.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="130"/>
        <source>Built with Qt and Qt for Python (PySide6), used under the GNU LGPL version 3, SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx and other open-source software. Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0. See Third-party notices for all licences.</source>
        <translation>Tehty Qt:lla ja Qt for Pythonilla (PySide6, GNU LGPL -lisenssin versio 3), SQLCipherillä, SQLAlchemyllä, Alembicilla, cryptographyllä, keyringillä, httpx:llä ja muilla avoimen lähdekoodin ohjelmilla. Sisältää Digi- ja väestötietoviraston (DVV) nimiaineistoa, CC BY 4.0. Kaikki lisenssit: Kolmansien osapuolten ilmoitukset.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/about.py" line="153"/>
        <source>The NOTICE file is missing from this installation (%1). Please reinstall CoachDesk.</source>
        <translation>NOTICE-tiedosto puuttuu tästä asennuksesta (%1). Asenna CoachDesk uudelleen.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="124"/>
        <source>Make it the answer</source>
        <translation>Tee tästä vastaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>Tip</source>
        <translation>Vinkki</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="131"/>
        <source>1:1 sparring</source>
        <translation>Kahdenkeskinen sparraus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="132"/>
        <source>Group-session topic</source>
        <translation>Ryhmätyönohjauksen aihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="135"/>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="136"/>
        <source>Kind of help</source>
        <translation>Avun laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="137"/>
        <source>What I will try</source>
        <translation>Mitä kokeilen</translation>
    </message>
</context>
<context>
    <name>AskColleague</name>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="76"/>
        <source>&amp;Ask a colleague…</source>
        <translation>&amp;Kysy kollegalta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="77"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Lähtevät</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/__init__.py" line="78"/>
        <source>&amp;Group session topics…</source>
        <translation>Ryhmätyönohjauksen &amp;aiheet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="94"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Lähtevät: %n odottaa</numerusform>
            <numerusform>Lähtevät: %n odottaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/__init__.py" line="96"/>
        <source>%n need(s) your decision</source>
        <translation>
            <numerusform>%n odottaa päätöstäsi</numerusform>
            <numerusform>%n odottaa päätöstäsi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>Asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="222"/>
        <source>Filter by code or pseudonym</source>
        <translation>Suodata koodilla tai peitenimellä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="223"/>
        <source>Filter cases</source>
        <translation>Suodata asiakkuuksia</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="224"/>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="225"/>
        <source>Tag filter</source>
        <translation>Tunnistesuodatin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="226"/>
        <source>Case list</source>
        <translation>Asiakkuuslista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="230"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="257"/>
        <source>All tags</source>
        <translation>Kaikki tunnisteet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="283"/>
        <source>%1 of %2 cases</source>
        <translation>%1 / %2 asiakkuutta</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Pseudonym</source>
        <translation>Peitenimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="79"/>
        <source>Last activity</source>
        <translation>Viimeksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_list.py" line="97"/>
        <source>last activity %1</source>
        <translation>viimeksi %1</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="58"/>
        <source>&amp;Timeline</source>
        <translation>Aika&amp;jana</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>&amp;Identifying details</source>
        <translation>Tunnistetie&amp;dot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="59"/>
        <source>Re&amp;quests</source>
        <translation>&amp;Kysymykset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="61"/>
        <source>Never leaves this computer</source>
        <translation>Ei koskaan poistu tältä tietokoneelta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/case_workspace.py" line="62"/>
        <source>Case pages</source>
        <translation>Asiakkuuden sivut</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="327"/>
        <source>CoachDesk — Change passphrase</source>
        <translation>CoachDesk — Vaihda tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Nykyinen tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="330"/>
        <source>&amp;New passphrase</source>
        <translation>U&amp;usi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="331"/>
        <source>&amp;Again</source>
        <translation>Uu&amp;destaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="346"/>
        <source>The two new passphrases differ.</source>
        <translation>Uudet tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="349"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>Uusi tunnuslause on liian heikko: lisää sana tai kaksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="367"/>
        <source>The current passphrase is wrong.</source>
        <translation>Nykyinen tunnuslause on väärä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="353"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Salataan holvi uudelleen uudella avaimella…</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="94"/>
        <source>Channels where you ask colleagues. The webhook address is a secret: it is kept in the system keychain or inside the encrypted vault, never in a plain file. Changes here are saved at once.</source>
        <translation>Kanavat, joissa kysyt kollegoilta. Webhook-osoite on salaisuus: se säilytetään järjestelmän avainnipussa tai salatussa holvissa, ei koskaan tavallisessa tiedostossa. Muutokset tallentuvat heti.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="96"/>
        <source>&amp;New channel</source>
        <translation>&amp;Uusi kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="98"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="99"/>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="100"/>
        <source>Webhook &amp;address</source>
        <translation>Webhook-&amp;osoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="101"/>
        <source>&amp;Save channel</source>
        <translation>&amp;Tallenna kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="102"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="103"/>
        <source>Send &amp;test message</source>
        <translation>Lähetä testi&amp;viesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="104"/>
        <source>&amp;Forum channel (each question opens a post of its own)</source>
        <translation>&amp;Foorumikanava (jokainen kysymys avaa oman ketjunsa)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="114"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="139"/>
        <source>Paste the webhook address</source>
        <translation>Liitä webhook-osoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="153"/>
        <source>Saved (hidden)</source>
        <translation>Tallennettu (piilotettu)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="155"/>
        <source>Saved (%1) — paste a new address to change it</source>
        <translation>Tallennettu (%1) — liitä uusi osoite vaihtaaksesi sen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="179"/>
        <source>Paste the webhook address from the channel&apos;s settings.</source>
        <translation>Liitä webhook-osoite kanavan asetuksista.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="189"/>
        <source>The address looks right.</source>
        <translation>Osoite näyttää oikealta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="207"/>
        <source>A channel with this name exists already.</source>
        <translation>Tämänniminen kanava on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="217"/>
        <source>Saved. The address is stored as a secret.</source>
        <translation>Tallennettu. Osoite säilytetään salaisuutena.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="247"/>
        <source>Remove channel</source>
        <translation>Poista kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="248"/>
        <source>Remove the channel “%1” and its stored address?</source>
        <translation>Poistetaanko kanava ”%1” ja sen tallennettu osoite?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="272"/>
        <source>Sending a test message…</source>
        <translation>Lähetetään testiviestiä…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="279"/>
        <source>Test message delivered. Look for it in the channel.</source>
        <translation>Testiviesti toimitettu. Katso se kanavasta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="283"/>
        <source>The test message did not arrive: %1</source>
        <translation>Testiviesti ei mennyt perille: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="105"/>
        <source>&amp;Import team setup…</source>
        <translation>Tuo t&amp;iimin asetukset…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="106"/>
        <source>E&amp;xport team setup…</source>
        <translation>Vie tiimin &amp;asetukset…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="27"/>
        <source>JSON (other)</source>
        <translation>JSON (muu)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="108"/>
        <source>Webhooks are one-way (Google Chat and Discord always): replies stay in the channel. Slack (app), Mattermost (API) and Teams (Graph) channels bring colleagues&apos; replies back to the request: “Add a two-way channel…” (docs/teams-setup.md).</source>
        <translation>Webhookit ovat yksisuuntaisia (Google Chat ja Discord aina): vastaukset jäävät kanavalle. Slack (sovellus)-, Mattermost (API)- ja Teams (Graph) -kanavat tuovat kollegoiden vastaukset pyynnön luo: ”Lisää kaksisuuntainen kanava…” (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="163"/>
        <source>A two-way channel (replies come back): to change it, remove it and add it again; test or remove it here.</source>
        <translation>Kaksisuuntainen kanava (vastaukset tulevat takaisin): muuttaaksesi sitä poista se ja lisää uudelleen; täällä voit testata tai poistaa sen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/channels_page.py" line="97"/>
        <source>Add a t&amp;wo-way channel…</source>
        <translation>Lisää kak&amp;sisuuntainen kanava…</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="35"/>
        <source>Optional: colleagues and what they know well. When a request&apos;s topic matches their tags, the composer suggests mentioning them.</source>
        <translation>Vapaaehtoinen: kollegat ja heidän vahvat aiheensa. Kun kysymyksen aihe vastaa heidän aiheitaan, kysymysikkuna ehdottaa heidän mainitsemistaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="37"/>
        <source>&amp;New colleague</source>
        <translation>&amp;Uusi kollega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="38"/>
        <source>&amp;Expertise (comma-separated)</source>
        <translation>&amp;Osaaminen (pilkuin eroteltuna)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>&amp;Teams user name</source>
        <translation>Teams-&amp;käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="39"/>
        <source>S&amp;lack member id</source>
        <translation>S&amp;lack-jäsentunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Mattermost username</source>
        <translation>&amp;Mattermost-käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="40"/>
        <source>&amp;Google Chat user id</source>
        <translation>&amp;Google Chat -käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="41"/>
        <source>&amp;Discord user id</source>
        <translation>&amp;Discord-käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="48"/>
        <source>Optional. Without an id for the channel&apos;s platform the name is written as plain text and the colleague is not notified.</source>
        <translation>Vapaaehtoinen. Ilman kanavan alustan tunnusta nimi kirjoitetaan tavallisena tekstinä eikä kollega saa ilmoitusta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="52"/>
        <source>&amp;Save colleague</source>
        <translation>&amp;Tallenna kollega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/colleagues_page.py" line="56"/>
        <source>Colleagues</source>
        <translation>Kollegat</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="443"/>
        <location filename="../../coachdesk/app/compose/composer.py" line="444"/>
        <source>Ask a colleague</source>
        <translation>Kysy kollegalta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="446"/>
        <source>Write your question, then check it. Identifying details are replaced before anything is sent; only the text under “What will be sent” leaves this computer.</source>
        <translation>Kirjoita kysymyksesi ja tarkista se. Tunnistetiedot korvataan ennen lähettämistä; vain kohdan ”Lähetettävä teksti” alla oleva teksti lähtee tältä tietokoneelta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="448"/>
        <source>1. Write</source>
        <translation>1. Kirjoita</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="449"/>
        <source>2. Check and send</source>
        <translation>2. Tarkista ja lähetä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>T&amp;opic</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="451"/>
        <source>&amp;Phase</source>
        <translation>&amp;Vaihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>&amp;Situation now</source>
        <translation>&amp;Tilanne nyt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="452"/>
        <source>Relevant &amp;background</source>
        <translation>&amp;Olennainen tausta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I have &amp;tried and what happened</source>
        <translation>Mitä olen &amp;kokeillut ja mitä tapahtui</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="453"/>
        <source>What I &amp;think is going on</source>
        <translation>&amp;Mitä arvelen olevan taustalla</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>My &amp;question (one sentence)</source>
        <translation>K&amp;ysymykseni (yksi virke)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="454"/>
        <source>Help wanted</source>
        <translation>Toivottu apu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>&amp;Urgency</source>
        <translation>Kiir&amp;eellisyys</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="455"/>
        <source>Mention</source>
        <translation>Mainitse</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="459"/>
        <source>What do you want to ask, in one sentence?</source>
        <translation>Mitä haluat kysyä, yhdellä virkkeellä?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="460"/>
        <source>in which topic (optional)</source>
        <translation>missä aiheessa (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="461"/>
        <source>Tips in the channel</source>
        <translation>Vinkkejä kanavalla</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="462"/>
        <source>1:1 sparring with someone experienced</source>
        <translation>Kahdenkeskinen sparraus kokeneen kanssa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="463"/>
        <source>A topic for the group session</source>
        <translation>Aihe ryhmätyönohjaukseen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>This week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="464"/>
        <source>No rush</source>
        <translation>Ei kiirettä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="466"/>
        <source>Send &amp;to</source>
        <translation>Lähetä kanava&amp;an</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="467"/>
        <source>Show the exact message data</source>
        <translation>Näytä viestin tarkka sisältö</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="468"/>
        <source>Your text (stays on this computer)</source>
        <translation>Tekstisi (pysyy tällä tietokoneella)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="470"/>
        <source>What will be sent</source>
        <translation>Lähetettävä teksti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="471"/>
        <source>Replaced before sending</source>
        <translation>Korvataan ennen lähettämistä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Found in your text</source>
        <translation>Tekstistäsi löytyi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="475"/>
        <source>Hide a &amp;word the check missed</source>
        <translation>Piilota sana, jonka tarkistus &amp;ohitti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="476"/>
        <source>word or name</source>
        <translation>sana tai nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="477"/>
        <source>Hide in this case</source>
        <translation>Piilota tässä asiakkuudessa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="478"/>
        <source>Adds the word to the case&apos;s identifying details</source>
        <translation>Lisää sanan asiakkuuden tunnistetietoihin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="479"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pioi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="480"/>
        <source>Sa&amp;ve as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="481"/>
        <source>&amp;E-mail draft</source>
        <translation>Sä&amp;hköpostiluonnos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="482"/>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="483"/>
        <source>&amp;Next: check</source>
        <translation>&amp;Seuraavaksi: tarkista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="576"/>
        <source>The privacy check failed; nothing can be sent. (%1)</source>
        <translation>Yksityisyystarkistus epäonnistui; mitään ei voi lähettää. (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="693"/>
        <source>Harmless</source>
        <translation>Vaaraton</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="694"/>
        <source>Send this word as it is</source>
        <translation>Lähetä tämä sana sellaisenaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="698"/>
        <source>Always hidden</source>
        <translation>Piilotetaan aina</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="702"/>
        <source>Identifiers, contact details, addresses and the case&apos;s identifying details are always hidden</source>
        <translation>Tunnisteet, yhteystiedot, osoitteet ja asiakkuuden tunnistetiedot piilotetaan aina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="708"/>
        <source>Replaced before sending: %n</source>
        <translation>
            <numerusform>Korvataan ennen lähettämistä: %n</numerusform>
            <numerusform>Korvataan ennen lähettämistä: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="712"/>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>contact</source>
        <translation>yhteystieto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="713"/>
        <source>identifier</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>age</source>
        <translation>ikä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="746"/>
        <source>Yes, hide it</source>
        <translation>Kyllä, piilota</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="748"/>
        <source>No, it is fine</source>
        <translation>Ei, se on kunnossa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="753"/>
        <source>I have checked</source>
        <translation>Olen tarkistanut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="759"/>
        <source>Questions for you: %n</source>
        <translation>
            <numerusform>Kysymyksiä sinulle: %n</numerusform>
            <numerusform>Kysymyksiä sinulle: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="833"/>
        <source>What will be copied or saved (no channel yet)</source>
        <translation>Kopioitava tai tallennettava teksti (ei vielä kanavaa)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="846"/>
        <source>What will be sent to %1</source>
        <translation>Kanavaan %1 lähetettävä teksti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="848"/>
        <source>(%n messages, in this order)</source>
        <translation>
            <numerusform>(%n viesti, tässä järjestyksessä)</numerusform>
            <numerusform>(%n viestiä, tässä järjestyksessä)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="869"/>
        <source>Notified: %1</source>
        <translation>Ilmoitus menee: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="871"/>
        <source>Not notified (no %1 id; named as plain text): %2</source>
        <translation>Ei ilmoitusta (ei %1-tunnusta; nimi tavallisena tekstinä): %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send to %1</source>
        <translation>&amp;Lähetä kanavaan %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="899"/>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="919"/>
        <source>Checking for identifying details…</source>
        <translation>Etsitään tunnistetietoja…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="922"/>
        <source>Still identifying in the text to be sent: %1. Change the placeholder or the text.</source>
        <translation>Lähetettävässä tekstissä on yhä tunnistettavaa: %1. Muuta korviketta tai tekstiä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="925"/>
        <source>Answer %n question(s) under “Questions for you” before sending.</source>
        <translation>
            <numerusform>Vastaa %n kysymykseen kohdassa ”Kysymyksiä sinulle” ennen lähettämistä.</numerusform>
            <numerusform>Vastaa %n kysymykseen kohdassa ”Kysymyksiä sinulle” ennen lähettämistä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="930"/>
        <source>Checked: %n detail(s) replaced. No channel yet: add one in Settings → Channels, or copy, save or e-mail the text.</source>
        <translation>
            <numerusform>Tarkistettu: %n tieto korvattu. Ei vielä kanavaa: lisää se kohdassa Asetukset → Kanavat tai kopioi, tallenna tai lähetä teksti sähköpostilla.</numerusform>
            <numerusform>Tarkistettu: %n tietoa korvattu. Ei vielä kanavaa: lisää se kohdassa Asetukset → Kanavat tai kopioi, tallenna tai lähetä teksti sähköpostilla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/compose/composer.py" line="932"/>
        <source>Checked: %n detail(s) replaced. Only the text under “What will be sent” leaves this computer.</source>
        <translation>
            <numerusform>Tarkistettu: %n tieto korvattu. Vain kohdan ”Lähetettävä teksti” alla oleva teksti lähtee tältä tietokoneelta.</numerusform>
            <numerusform>Tarkistettu: %n tietoa korvattu. Vain kohdan ”Lähetettävä teksti” alla oleva teksti lähtee tältä tietokoneelta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="966"/>
        <source>The message got a new reference; check it and send again.</source>
        <translation>Viesti sai uuden viitteen; tarkista se ja lähetä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="984"/>
        <source>Copied. Paste it in your chat or e-mail.</source>
        <translation>Kopioitu. Liitä se keskusteluun tai sähköpostiin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="996"/>
        <source>Save the question</source>
        <translation>Tallenna kysymys</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="997"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Teksti (*.txt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1009"/>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="473"/>
        <source>Sent as</source>
        <translation>Lähetetään näin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="474"/>
        <source>Double-click a placeholder to change it</source>
        <translation>Kaksoisnapsauta korvaavaa sanaa muuttaaksesi sitä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="714"/>
        <source>employer</source>
        <translation>työnantaja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="715"/>
        <source>identifying detail</source>
        <translation>tunnistetieto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1040"/>
        <source>Discard the draft?</source>
        <translation>Hylätäänkö luonnos?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1041"/>
        <source>Your text is kept as a draft of this case: you can go on with it later from the Requests tab.</source>
        <translation>Tekstisi säilyy tämän asiakkuuden luonnoksena: voit jatkaa sitä myöhemmin Kysymykset-välilehdeltä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1043"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Säilytä luonnos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1044"/>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="1045"/>
        <source>&amp;Go on writing</source>
        <translation>&amp;Jatka kirjoittamista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="722"/>
        <source>Is &apos;%1&apos; a name or place that should be hidden?</source>
        <translation>Onko &apos;%1&apos; nimi tai paikka, joka pitää piilottaa?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="723"/>
        <source>What is the number &apos;%1&apos;? It may be an identifier.</source>
        <translation>Mikä numero &apos;%1&apos; on? Se voi olla tunniste.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/composer.py" line="724"/>
        <source>Age, town and occupation together can identify the client. Could one of them be more general?</source>
        <translation>Ikä, paikkakunta ja ammatti yhdessä voivat tunnistaa asiakkaan. Voisiko jotain yleistää?</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="20"/>
        <source>Wrong passphrase: the vault stays locked.</source>
        <translation>Väärä tunnuslause: holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="21"/>
        <source>Wrong recovery key: the vault stays locked.</source>
        <translation>Väärä palautusavain: holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="22"/>
        <source>Wrong key: the vault stays locked.</source>
        <translation>Väärä avain: holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="23"/>
        <source>Wrong %1: the vault stays locked.</source>
        <translation>Väärä tunniste (%1): holvi pysyy lukittuna.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="24"/>
        <source>No CoachDesk vault in %1 (create one with &apos;coachdesk init&apos;).</source>
        <translation>Kansiossa %1 ei ole CoachDesk-holvia (luo holvi komennolla &apos;coachdesk init&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="25"/>
        <source>A CoachDesk vault already exists in %1; nothing was changed.</source>
        <translation>Kansiossa %1 on jo CoachDesk-holvi; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="26"/>
        <source>The vault is damaged or is not a CoachDesk vault; nothing was changed.</source>
        <translation>Holvi on vaurioitunut tai se ei ole CoachDesk-holvi; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="27"/>
        <source>This vault was written by a newer CoachDesk (schema %1); update CoachDesk to open it.</source>
        <translation>Holvi on tallennettu uudemmalla CoachDeskillä (skeema %1); päivitä CoachDesk avataksesi sen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="28"/>
        <source>The vault is in use by another CoachDesk process; close it first.</source>
        <translation>Holvi on toisen CoachDesk-ikkunan käytössä; sulje se ensin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="29"/>
        <source>The vault is locked.</source>
        <translation>Holvi on lukittu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="30"/>
        <source>The system keychain is unavailable or locked; enter your passphrase instead.</source>
        <translation>Järjestelmän avainnippu ei ole käytettävissä tai se on lukittu; kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="31"/>
        <source>The disk is full: the change was rolled back and nothing was saved.</source>
        <translation>Levy on täynnä: muutos peruttiin eikä mitään tallennettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="40"/>
        <source>The vault fails its checks, so no backup was written: %1</source>
        <translation>Holvi ei läpäise tarkistuksiaan, joten varmuuskopiota ei kirjoitettu: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="41"/>
        <source>The retention period is at least 1 month.</source>
        <translation>Säilytysaika on vähintään 1 kuukausi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="33"/>
        <source>Invalid request reference %1.</source>
        <translation>Virheellinen pyynnön viite %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="32"/>
        <source>Language must be fi, sv or en, not %1.</source>
        <translation>Kielen pitää olla fi, sv tai en, ei %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="34"/>
        <source>A request needs a topic.</source>
        <translation>Pyynnöllä pitää olla aihe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="35"/>
        <source>Write your question in one sentence.</source>
        <translation>Kirjoita kysymyksesi yhdellä lauseella.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="36"/>
        <source>Choose the kind of help you want.</source>
        <translation>Valitse, millaista apua toivot.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="37"/>
        <source>Invalid case code %1: use 1-32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, e.g. K-2026-014.</source>
        <translation>Virheellinen asiakkuuden tunnus %1: käytä 1–32 kirjainta, numeroa tai merkkejä &apos;-&apos;, &apos;_&apos; ja &apos;.&apos;, esim. K-2026-014.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="38"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>Arvon %1 pitää olla välillä %2–%3, ei %4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="39"/>
        <source>A GAS level is -2, -1, 0, +1 or +2, not %1.</source>
        <translation>GAS-taso on -2, -1, 0, +1 tai +2, ei %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="42"/>
        <source>Never-scrub term %1: %2</source>
        <translation>Aina säilytettävä sana %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="43"/>
        <source>%1, line %2: %3</source>
        <translation>%1, rivi %2: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="44"/>
        <source>At most %1 never-scrub terms.</source>
        <translation>Aina säilytettäviä sanoja voi olla enintään %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="45"/>
        <source>A person&apos;s name alone is never kept; a never-scrub term is a phrase the team uses, like Perjantaipiiri or Duunipolku-hanke.</source>
        <translation>Pelkkää henkilön nimeä ei koskaan säilytetä; aina säilytettävä sana on tiimin käyttämä ilmaus, kuten Perjantaipiiri tai Duunipolku-hanke.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="46"/>
        <source>A term must be text.</source>
        <translation>Sanan pitää olla tekstiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="47"/>
        <source>A term cannot hold line breaks, tabs or invisible control characters.</source>
        <translation>Sanassa ei voi olla rivinvaihtoja, sarkaimia eikä näkymättömiä ohjausmerkkejä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="48"/>
        <source>A term is %1-%2 characters.</source>
        <translation>Sanassa on %1–%2 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="49"/>
        <source>A term needs at least two letters or digits.</source>
        <translation>Sanassa pitää olla vähintään kaksi kirjainta tai numeroa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="50"/>
        <source>An identifier (e-mail address, phone number, identity code, address) is always hidden; it cannot be a never-scrub term.</source>
        <translation>Tunnistetieto (sähköpostiosoite, puhelinnumero, henkilötunnus, osoite) piilotetaan aina; se ei voi olla aina säilytettävä sana.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="51"/>
        <source>No never-scrub term %1 (see &apos;coachdesk vocabulary list&apos;).</source>
        <translation>Aina säilytettävää sanaa %1 ei ole (katso &apos;coachdesk vocabulary list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="52"/>
        <source>No such folder: %1</source>
        <translation>Kansiota ei ole: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="53"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 on kansio; anna tiedoston nimi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="54"/>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="55"/>
        <source>A channel name is 1-%1 characters.</source>
        <translation>Kanavan nimessä on 1–%1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="56"/>
        <source>No channel named %1 (see &apos;coachdesk channel list&apos;).</source>
        <translation>Kanavaa nimeltä %1 ei ole (katso &apos;coachdesk channel list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="57"/>
        <source>No channel with id %1.</source>
        <translation>Kanavaa, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="58"/>
        <source>The webhook URL of channel %1 is missing; remove and add the channel again.</source>
        <translation>Kanavan %1 webhook-osoite puuttuu; poista kanava ja lisää se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="59"/>
        <source>A channel named %1 already exists; remove it first.</source>
        <translation>Kanava nimeltä %1 on jo olemassa; poista se ensin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="60"/>
        <source>A colleague needs a name (at most 100 characters).</source>
        <translation>Kollegalla pitää olla nimi (enintään 100 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="61"/>
        <source>%1 is not a Teams user name (UPN), e.g. maija.mentori@example.fi.</source>
        <translation>%1 ei ole Teams-käyttäjätunnus (UPN), esim. maija.mentori@example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="62"/>
        <source>%1 is not a Slack member id (like U012ABCDEF).</source>
        <translation>%1 ei ole Slackin jäsentunnus (kuten U012ABCDEF).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="63"/>
        <source>No colleague with id %1.</source>
        <translation>Kollegaa, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="64"/>
        <source>The e-mail subject alone is too long for an e-mail link.</source>
        <translation>Sähköpostin aihe yksinään on liian pitkä sähköpostilinkkiin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="65"/>
        <source>Save the request as .md or .txt.</source>
        <translation>Tallenna pyyntö .md- tai .txt-tiedostoksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="66"/>
        <source>No outbox item %1 (see &apos;coachdesk outbox list&apos;).</source>
        <translation>Lähtevien viestien jonossa ei ole kohdetta %1 (katso &apos;coachdesk outbox list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="67"/>
        <source>The message must show its reference #%1 so colleagues can spot a duplicate.</source>
        <translation>Viestissä pitää näkyä viite #%1, jotta kollegat huomaavat kaksoiskappaleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="68"/>
        <source>Outbox item %1 is %2, not a draft.</source>
        <translation>Lähtevä viesti %1 on tilassa %2, ei luonnos.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="69"/>
        <source>The message changed after the preview; preview it again before sending.</source>
        <translation>Viesti muuttui esikatselun jälkeen; esikatsele se uudelleen ennen lähettämistä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="70"/>
        <source>Outbox item %1 is %2; this is possible only when it is %3.</source>
        <translation>Lähtevä viesti %1 on tilassa %2; tämä onnistuu vain tilassa %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="71"/>
        <source>The message is too long for one Slack message; shorten it.</source>
        <translation>Viesti on liian pitkä yhdeksi Slack-viestiksi; lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="72"/>
        <source>The message is too long for Discord (%1 characters); shorten it.</source>
        <translation>Viesti on liian pitkä Discordiin (%1 merkkiä); lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="73"/>
        <source>The message is too long for Google Chat (%1 characters); shorten it.</source>
        <translation>Viesti on liian pitkä Google Chatiin (%1 merkkiä); lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="74"/>
        <source>The message is too long for Mattermost (%1 characters); shorten it.</source>
        <translation>Viesti on liian pitkä Mattermostiin (%1 merkkiä); lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="75"/>
        <source>The message payload must be a JSON object.</source>
        <translation>Viestin sisällön pitää olla JSON-olio.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="76"/>
        <source>The message payload is not valid UTF-8 JSON.</source>
        <translation>Viestin sisältö ei ole kelvollista UTF-8-JSONia.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="77"/>
        <source>The Teams card is %1 KB; the limit is 20 KB. Shorten the message.</source>
        <translation>Teams-kortti on %1 kt; raja on 20 kt. Lyhennä viestiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="78"/>
        <source>A Teams payload must be a message with one Adaptive Card attachment.</source>
        <translation>Teams-viestissä pitää olla yksi Adaptive Card -liite.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="79"/>
        <source>A Discord payload needs non-empty content.</source>
        <translation>Discord-viesti ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="80"/>
        <source>A %1 payload needs a non-empty text.</source>
        <translation>%1-viestin teksti ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="81"/>
        <source>Could not find a free request reference.</source>
        <translation>Vapaata pyynnön viitettä ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="82"/>
        <source>No help request with id %1.</source>
        <translation>Pyyntöä, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="83"/>
        <source>Say which kind of help you received.</source>
        <translation>Kerro, millaista apua sait.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="84"/>
        <source>A follow-up needs some text.</source>
        <translation>Kirjaa jatkoon jotain tekstiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="85"/>
        <source>The request is being sent right now; try again in a moment.</source>
        <translation>Pyyntöä lähetetään juuri nyt; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="86"/>
        <source>The case, note or reflection of this request no longer exists.</source>
        <translation>Pyynnön asiakkuutta, muistiinpanoa tai reflektiota ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="87"/>
        <source>The request reference #%1 is already in use.</source>
        <translation>Pyynnön viite #%1 on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="88"/>
        <source>Channel %1 is now %2, but the message was made for %3.</source>
        <translation>Kanava %1 on nyt %2, mutta viesti tehtiin kanavatyypille %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="89"/>
        <source>The webhook URL is empty.</source>
        <translation>Webhook-osoite on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="90"/>
        <source>The webhook URL is longer than %1 characters.</source>
        <translation>Webhook-osoite on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="91"/>
        <source>The webhook URL contains spaces or control characters.</source>
        <translation>Webhook-osoitteessa on välilyöntejä tai ohjausmerkkejä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="92"/>
        <source>The webhook URL must start with https://, for example %1</source>
        <translation>Webhook-osoitteen pitää alkaa https://, esimerkiksi %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="93"/>
        <source>The webhook URL must not contain a user name or password.</source>
        <translation>Webhook-osoitteessa ei saa olla käyttäjätunnusta eikä salasanaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="94"/>
        <source>The webhook URL must not contain a &apos;#&apos; fragment.</source>
        <translation>Webhook-osoitteessa ei saa olla &apos;#&apos;-osaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="95"/>
        <source>The webhook URL must use https:// (plain http would expose the message).</source>
        <translation>Webhook-osoitteen pitää käyttää https://-yhteyttä (pelkkä http paljastaisi viestin).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="96"/>
        <source>Unexpected port %1 in the %2 webhook URL.</source>
        <translation>Odottamaton portti %1 %2-webhook-osoitteessa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="97"/>
        <source>The webhook URL has no valid host name.</source>
        <translation>Webhook-osoitteessa ei ole kelvollista palvelimen nimeä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="98"/>
        <source>The webhook URL is not a valid URL.</source>
        <translation>Webhook-osoite ei ole kelvollinen osoite.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="99"/>
        <source>%1 cannot be read as a CoachDesk backup.</source>
        <translation>Tiedostoa %1 ei voi lukea CoachDesk-varmuuskopiona.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="100"/>
        <source>%1 is not a CoachDesk backup.</source>
        <translation>%1 ei ole CoachDesk-varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="101"/>
        <source>%1 looks like a binary file; nothing was imported.</source>
        <translation>%1 näyttää binääritiedostolta; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="102"/>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.</source>
        <translation>%1 ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa ja yritä uudelleen; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="103"/>
        <source>%1 holds control characters, not text; nothing was imported.</source>
        <translation>Tiedostossa %1 on ohjausmerkkejä eikä tekstiä; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="104"/>
        <source>%1: only .txt and .md files can be imported; nothing was imported.</source>
        <translation>%1: vain .txt- ja .md-tiedostoja voi tuoda; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="105"/>
        <source>%1 is empty; nothing was imported.</source>
        <translation>%1 on tyhjä; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="106"/>
        <source>%1 is larger than 10 MB; nothing was imported.</source>
        <translation>%1 on yli 10 Mt; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="107"/>
        <source>%1: no such file; nothing was imported.</source>
        <translation>%1: tiedostoa ei ole; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="108"/>
        <source>%1 cannot be read (%2); nothing was imported.</source>
        <translation>Tiedostoa %1 ei voi lukea (%2); mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="109"/>
        <source>A passphrase or the recovery key is needed to verify the backup.</source>
        <translation>Varmuuskopion tarkistamiseen tarvitaan tunnuslause tai palautusavain.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="110"/>
        <source>The case has not been saved yet.</source>
        <translation>Asiakkuutta ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="111"/>
        <source>No case with code %1.</source>
        <translation>Asiakkuutta tunnuksella %1 ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="112"/>
        <source>An identifying detail must not be empty.</source>
        <translation>Tunnistetieto ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="113"/>
        <source>The note has not been saved yet.</source>
        <translation>Muistiinpanoa ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="114"/>
        <source>No case with id %1.</source>
        <translation>Asiakkuutta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="115"/>
        <source>A goal needs a title.</source>
        <translation>Tavoitteella pitää olla nimi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="116"/>
        <source>No goal with id %1.</source>
        <translation>Tavoitetta, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="117"/>
        <source>No reflection with id %1.</source>
        <translation>Reflektiota, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="118"/>
        <source>The case code %1 is already in use.</source>
        <translation>Asiakkuuden tunnus %1 on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="119"/>
        <source>No note with id %1.</source>
        <translation>Muistiinpanoa, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="120"/>
        <source>The passphrase must not be empty.</source>
        <translation>Tunnuslause ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="121"/>
        <source>The new passphrase must not be empty.</source>
        <translation>Uusi tunnuslause ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="122"/>
        <source>The privacy scrubber could not be loaded (%1); scrubbed and brief summaries cannot be printed.</source>
        <translation>Tunnistetietojen poistajaa ei voitu ladata (%1); tunnistetiedoista poistettuja ja lyhyitä tiivistelmiä ei voi tulostaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="123"/>
        <source>The vault is being re-encrypted with a new key; try again in a moment.</source>
        <translation>Holvia salataan parhaillaan uudella avaimella; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="124"/>
        <source>%1 is larger than %2%3.</source>
        <translation>%1 on suurempi kuin %2%3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="125"/>
        <source>%1 is %2, not %3%4.</source>
        <translation>%1 on %2, ei %3%4.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="126"/>
        <source>%1 is a folder, not a text file; nothing was imported.</source>
        <translation>%1 on kansio, ei tekstitiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="127"/>
        <source>%1 is a named pipe (FIFO), not a text file; nothing was imported.</source>
        <translation>%1 on nimetty putki (FIFO), ei tekstitiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="128"/>
        <source>%1 is a device, not a text file; nothing was imported.</source>
        <translation>%1 on laite, ei tekstitiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="129"/>
        <source>%1 is a socket, not a text file; nothing was imported.</source>
        <translation>%1 on pistoke (socket), ei tekstitiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="130"/>
        <source>%1 is not a regular file, not a text file; nothing was imported.</source>
        <translation>%1 ei ole tavallinen tiedosto eikä tekstitiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="131"/>
        <source>Unknown channel option %1.</source>
        <translation>Tuntematon kanava-asetus %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="132"/>
        <source>Only a Discord channel can be a forum channel.</source>
        <translation>Vain Discord-kanava voi olla foorumikanava.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="133"/>
        <source>A colleague entry must be an object with a name.</source>
        <translation>Kollegan tietojen pitää olla objekti, jolla on nimi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="134"/>
        <source>A colleague&apos;s expertise must be a list of words.</source>
        <translation>Kollegan osaamisalueiden pitää olla luettelo sanoja.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="135"/>
        <source>A colleague&apos;s name and ids must be text.</source>
        <translation>Kollegan nimen ja tunnusten pitää olla tekstiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="136"/>
        <source>The colleague directory must be a list of colleagues.</source>
        <translation>Kollegahakemiston pitää olla luettelo kollegoista.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="137"/>
        <source>Colleague %1: %2</source>
        <translation>Kollega %1: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="138"/>
        <source>Colleague %1: the name %2 is twice in the file; nothing was imported.</source>
        <translation>Kollega %1: nimi %2 on tiedostossa kahdesti; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="139"/>
        <source>%1 is not %2.</source>
        <translation>%1 ei ole %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="140"/>
        <source>%1 is not a Mattermost username (like maija.mentori).</source>
        <translation>%1 ei ole Mattermost-käyttäjänimi (kuten maija.mentori).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="141"/>
        <source>%1 is not a Google Chat user id (like users/123456789012345678901).</source>
        <translation>%1 ei ole Google Chatin käyttäjätunnus (kuten users/123456789012345678901).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="142"/>
        <source>%1 is not a Discord user id (17-20 digits, like 123456789012345678).</source>
        <translation>%1 ei ole Discordin käyttäjätunnus (17–20 numeroa, kuten 123456789012345678).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="143"/>
        <source>A colleague&apos;s name, tags or ids contain control or invisible characters.</source>
        <translation>Kollegan nimessä, osaamisalueissa tai tunnuksissa on ohjausmerkkejä tai näkymättömiä merkkejä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="144"/>
        <source>The sign-in settings are not readable.</source>
        <translation>Kirjautumisasetuksia ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="145"/>
        <source>The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.</source>
        <translation>Vuokraaja on hakemiston (tenant) tunnus, kuten 0f1e2d3c-…, tai toimialue, kuten contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="146"/>
        <source>The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.</source>
        <translation>Sovelluksen (client) tunnus on GUID, kuten 1a2b3c4d-…; kopioi se sovelluksen rekisteröinnistä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="147"/>
        <source>Unknown cloud %1; one of %2.</source>
        <translation>Tuntematon pilvi %1; vaihtoehdot: %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="148"/>
        <source>A sign-in host other than Microsoft&apos;s is allowed only on this computer (tests).</source>
        <translation>Muu kuin Microsoftin kirjautumispalvelin sallitaan vain tällä tietokoneella (testit).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="149"/>
        <source>The webhook URL&apos;s host looks like an address but is not a valid one.</source>
        <translation>Webhook-osoitteen palvelin näyttää IP-osoitteelta, mutta se ei ole kelvollinen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="150"/>
        <source>The webhook host %1 is an internal address (loopback, private, link-local or similar); CoachDesk posts only to public hosts. An administrator testing a flow locally can set COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md).</source>
        <translation>Webhook-palvelin %1 on sisäinen osoite (loopback, yksityinen, link-local tai vastaava); CoachDesk lähettää viestejä vain julkisille palvelimille. Työnkulkua paikallisesti testaava ylläpitäjä voi asettaa COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (katso docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="151"/>
        <source>There is nothing to send.</source>
        <translation>Lähetettävää ei ole.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="152"/>
        <source>Outbox item %1 was cancelled: you decided not to send it, so it is not retried; write a new request to ask again.</source>
        <translation>Lähtevä viesti %1 peruttiin: päätit jättää sen lähettämättä, joten sitä ei yritetä uudelleen; kirjoita uusi pyyntö, jos haluat kysyä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="153"/>
        <source>Only the first part of a Discord forum post opens a post (thread); no link is needed.</source>
        <translation>Vain Discord-foorumin ketjun ensimmäinen osa avaa ketjun; linkkiä ei tarvita.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="154"/>
        <source>Outbox item %1 is not a later part of a Discord forum post.</source>
        <translation>Lähtevä viesti %1 ei ole Discord-foorumin ketjun myöhempi osa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="155"/>
        <source>Part 1 of this post is not sent yet; it opens the post when it is sent.</source>
        <translation>Ketjun ensimmäistä osaa ei ole vielä lähetetty; se avaa ketjun, kun se lähetetään.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="156"/>
        <source>Give the forum post&apos;s link (in Discord: right-click the post &gt; Copy Link; https://discord.com/channels/...) or its thread id.</source>
        <translation>Anna foorumiketjun linkki (Discordissa: napsauta ketjua hiiren oikealla painikkeella &gt; Kopioi linkki; https://discord.com/channels/...) tai ketjun tunnus.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="157"/>
        <source>part 1 opened a Discord forum post that CoachDesk did not see (marked delivered by hand), so this part needs the post&apos;s link: %1</source>
        <translation>osa 1 avasi Discord-foorumiin ketjun, jota CoachDesk ei nähnyt (merkitty käsin toimitetuksi), joten tämä osa tarvitsee ketjun linkin: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="158"/>
        <source>in Discord right-click the post &gt; Copy Link, then run &apos;coachdesk outbox thread %1 LINK&apos; (or cancel the rest)</source>
        <translation>napsauta Discordissa ketjua hiiren oikealla painikkeella &gt; Kopioi linkki ja suorita sitten &apos;coachdesk outbox thread %1 LINKKI&apos; (tai peru loput osat)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="159"/>
        <source>A single character is too long for this platform.</source>
        <translation>Yksikin merkki on tälle alustalle liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="160"/>
        <source>The title or the mentions are too long for one message on this platform; shorten them.</source>
        <translation>Otsikko tai maininnat ovat tällä alustalla liian pitkiä yhteen viestiin; lyhennä niitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="161"/>
        <source>The message would need more than %1 posts on this platform; shorten it.</source>
        <translation>Viesti pitäisi tällä alustalla jakaa yli %1 osaan; lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="162"/>
        <source>The title is too long for Slack; shorten the topic.</source>
        <translation>Otsikko on liian pitkä Slackiin; lyhennä aihetta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="163"/>
        <source>The title and mentions are too long for Discord; shorten them.</source>
        <translation>Otsikko ja maininnat ovat liian pitkiä Discordiin; lyhennä niitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="164"/>
        <source>The message is too long for one %1 post; shorten it.</source>
        <translation>Viesti on liian pitkä yhteen viestiin (%1); lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="165"/>
        <source>Discord content is limited to %1 characters.</source>
        <translation>Discord-viestin teksti saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="166"/>
        <source>A Discord embed is limited to %1 characters.</source>
        <translation>Discordin upotus (embed) saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="167"/>
        <source>A Slack message holds at most %1 blocks.</source>
        <translation>Slack-viestissä voi olla enintään %1 lohkoa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="168"/>
        <source>The Slack message is too long; shorten it.</source>
        <translation>Slack-viesti on liian pitkä; lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="169"/>
        <source>Google Chat text is limited to %1 characters.</source>
        <translation>Google Chat -viestin teksti saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="170"/>
        <source>Mattermost text is limited to %1 characters.</source>
        <translation>Mattermost-viestin teksti saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="171"/>
        <source>it contains control characters</source>
        <translation>siinä on ohjausmerkkejä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="172"/>
        <source>not a channel entry</source>
        <translation>ei ole kanavan tieto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="173"/>
        <source>a file may not name its own sign-in host (only Microsoft&apos;s sign-in is used)</source>
        <translation>tiedosto ei saa määrätä omaa kirjautumispalvelinta (vain Microsoftin kirjautumista käytetään)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="174"/>
        <source>the channel options are not readable</source>
        <translation>kanavan asetuksia ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="175"/>
        <source>the name is twice in the file</source>
        <translation>nimi on tiedostossa kahdesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="176"/>
        <source>Choose a passphrase of at least %1 characters for the team file; nothing was written.</source>
        <translation>Valitse tiimin asetustiedostolle vähintään %1 merkin tunnuslause; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="177"/>
        <source>The file is larger than %1 MB: not a team setup file; nothing was imported.</source>
        <translation>Tiedosto on suurempi kuin %1 Mt, joten se ei ole tiimin asetustiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="178"/>
        <source>This team setup file was made by a newer CoachDesk; update CoachDesk to import it.</source>
        <translation>Tiimin asetustiedosto on tehty uudemmalla CoachDeskillä; päivitä CoachDesk tuodaksesi sen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="179"/>
        <source>The team setup file asks for unreasonable key settings; nothing was imported.</source>
        <translation>Tiimin asetustiedosto pyytää kohtuuttomia avainasetuksia; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="180"/>
        <source>The team setup file is damaged; nothing was imported.</source>
        <translation>Tiimin asetustiedosto on vaurioitunut; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="181"/>
        <source>This is not a CoachDesk team setup file; nothing was imported.</source>
        <translation>Tämä ei ole CoachDeskin tiimin asetustiedosto; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="182"/>
        <source>Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.</source>
        <translation>Kanavat tai kollegat muuttuivat sillä välin; tarkista tuonti uudelleen. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="183"/>
        <source>Wrong passphrase, or the file was changed after it was made; nothing was imported.</source>
        <translation>Väärä tunnuslause, tai tiedostoa on muutettu sen tekemisen jälkeen; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="184"/>
        <source>Only Teams (Workflows) channels can be protected by sign-in.</source>
        <translation>Vain Teams (Workflows) -kanavat voi suojata kirjautumisella.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="185"/>
        <source>This trigger URL carries a signature (sig=...): it needs no sign-in; add it without &apos;protected (sign-in)&apos;.</source>
        <translation>Tässä käynnistysosoitteessa on allekirjoitus (sig=...), joten se ei tarvitse kirjautumista; lisää se ilman suojausta (kirjautumista).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="186"/>
        <source>This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your organisation, so it needs sign-in: add the channel as &apos;protected (sign-in)&apos; with your organisation&apos;s tenant and app id (docs/teams-setup.md).</source>
        <translation>Tässä Teams-työnkulun osoitteessa ei ole allekirjoitusta (sig=...): sen käynnistin hyväksyy vain organisaatiosi kirjautuneet käyttäjät, joten se vaatii kirjautumisen: lisää kanava suojattuna (kirjautuminen) ja anna organisaatiosi vuokraaja (tenant) ja sovellustunnus (docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="187"/>
        <source>This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow instead: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>Tämä on Office 365 -liittimen osoite; Microsoft on lopettanut nämä liittimet. Luo sen sijaan työnkulku: valitse Teams-kanavalla &apos;...&apos; &gt; Työnkulut &gt; &apos;Send webhook alerts to a channel&apos; (sen käynnistin on &apos;When a Teams webhook request is received&apos;), käy ohjattu toiminto loppuun ja kopioi sitten sen näyttämä HTTP-osoite (katso docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="188"/>
        <source>This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November 2025. Copy the new URL from the flow: In the Teams channel choose &apos;...&apos; &gt; Workflows &gt; &apos;Send webhook alerts to a channel&apos; (its trigger is &apos;When a Teams webhook request is received&apos;), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md).</source>
        <translation>Tämä on vanha Power Automate -käynnistysosoite (logic.azure.com); ne lakkasivat toimimasta 30.11.2025. Kopioi uusi osoite työnkulusta: valitse Teams-kanavalla &apos;...&apos; &gt; Työnkulut &gt; &apos;Send webhook alerts to a channel&apos; (sen käynnistin on &apos;When a Teams webhook request is received&apos;), käy ohjattu toiminto loppuun ja kopioi sitten sen näyttämä HTTP-osoite (katso docs/teams-setup.md).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="189"/>
        <source>%1 belongs to the CoachDesk vault in %2; choose a file outside the vault folder; nothing was written.</source>
        <translation>%1 kuuluu kansion %2 CoachDesk-holviin; valitse tiedosto holvikansion ulkopuolelta; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="190"/>
        <source>%1 is not a CoachDesk backup file.</source>
        <translation>%1 ei ole CoachDesk-varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="191"/>
        <source>The vault in %1 is not a demo vault: &apos;demo --force&apos; replaces only a demo vault; nothing was changed.</source>
        <translation>Kansion %1 holvi ei ole esittelyholvi: &apos;demo --force&apos; korvaa vain esittelyholvin; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="192"/>
        <source>The vault folder %1 is read-only or not yours to write: CoachDesk keeps its lock and journal there; nothing was changed.</source>
        <translation>Holvikansio %1 on vain luku -tilassa tai sinulla ei ole siihen kirjoitusoikeutta: CoachDesk pitää siellä lukkotiedostonsa ja tapahtumalokinsa; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="193"/>
        <source>%1 %2; nothing was imported.</source>
        <translation>%1 %2; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="194"/>
        <source>%1 is a link to %2, outside its folder; import that file itself; nothing was imported.</source>
        <translation>%1 on linkki kohteeseen %2, joka on kansion ulkopuolella; tuo se tiedosto suoraan; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="195"/>
        <source>%1 is not a .txt or .md file (only those can be imported); nothing was imported.</source>
        <translation>%1 ei ole .txt- tai .md-tiedosto (vain niitä voi tuoda); mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="196"/>
        <source>This does not look like a %1 webhook URL (%2); expected %3</source>
        <translation>Tämä ei näytä %1-kanavan webhook-osoitteelta (%2); odotettu muoto: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="197"/>
        <source>the host is not a Power Automate environment host</source>
        <translation>palvelin ei ole Power Automate -ympäristön palvelin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="198"/>
        <source>the path is not a Workflows trigger</source>
        <translation>polku ei ole Workflows-käynnistimen polku</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="199"/>
        <source>the host must be hooks.slack.com</source>
        <translation>palvelimen pitää olla hooks.slack.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="200"/>
        <source>the path must be /services/T.../B.../...</source>
        <translation>polun pitää olla muotoa /services/T.../B.../...</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="201"/>
        <source>the path must end in /hooks/&lt;id&gt;</source>
        <translation>polun pitää päättyä muotoon /hooks/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="202"/>
        <source>the host must be chat.googleapis.com</source>
        <translation>palvelimen pitää olla chat.googleapis.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="203"/>
        <source>the path must be /v1/spaces/&lt;space&gt;/messages</source>
        <translation>polun pitää olla muotoa /v1/spaces/&lt;space&gt;/messages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="204"/>
        <source>key= and token= are missing</source>
        <translation>key= ja token= puuttuvat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="205"/>
        <source>the host must be discord.com</source>
        <translation>palvelimen pitää olla discord.com</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="206"/>
        <source>the path must be /api/webhooks/&lt;id&gt;/&lt;token&gt;</source>
        <translation>polun pitää olla muotoa /api/webhooks/&lt;id&gt;/&lt;token&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="207"/>
        <source>thread_id= must be the thread&apos;s number</source>
        <translation>thread_id=:n arvon pitää olla ketjun numero</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="208"/>
        <source>Pyynnöllä pitää olla aihe.</source>
        <translation>Pyynnöllä pitää olla aihe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="209"/>
        <source>Kirjoita kysymyksesi yhdellä lauseella.</source>
        <translation>Kirjoita kysymyksesi yhdellä lauseella.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="210"/>
        <source>Valitse, millaista apua toivot.</source>
        <translation>Valitse, millaista apua toivot.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="211"/>
        <source>%1 is a one-way (webhook) kind. %2</source>
        <translation>%1 on yksisuuntainen (webhook-)tyyppi. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="212"/>
        <source>%1 is a two-way channel: add it with its token and channel ID.</source>
        <translation>%1 on kaksisuuntainen kanava: lisää se tunnuksen (tokenin) ja kanavan tunnisteen kanssa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="213"/>
        <source>%1 is a webhook kind. %2</source>
        <translation>%1 on webhook-tyyppi. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="214"/>
        <source>A %1 channel posts through the platform&apos;s API, not a webhook URL.</source>
        <translation>%1-kanava lähettää alustan rajapinnan kautta, ei webhook-osoitteella.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="215"/>
        <source>A %1 other than the platform&apos;s own is allowed only on this computer (tests).</source>
        <translation>Muu kuin alustan oma %1 sallitaan vain tällä tietokoneella (testit).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="216"/>
        <source>A Mattermost access token is 26 letters and digits (Profile &gt; Security &gt; Personal Access Tokens).</source>
        <translation>Mattermostin käyttötunnus on 26 kirjainta ja numeroa (Profiili &gt; Suojaus &gt; Personal Access Tokens).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="217"/>
        <source>A Mattermost channel ID is 26 letters and digits (channel menu &gt; View Info).</source>
        <translation>Mattermost-kanavan tunniste on 26 kirjainta ja numeroa (kanavan valikko &gt; View Info).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="218"/>
        <source>A Mattermost post needs its channel ID and a non-empty message.</source>
        <translation>Mattermost-viesti tarvitsee kanavan tunnisteen ja tekstin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="219"/>
        <source>A Slack app message names its channel ID.</source>
        <translation>Slack-sovelluksen viestissä on oltava kanavan tunniste.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="220"/>
        <source>A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).</source>
        <translation>Slack-kanavan tunniste on muotoa C0123ABCDEF (kanavan tiedot, alhaalla).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="221"/>
        <source>A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth &amp; Permissions.</source>
        <translation>Slack-tunnus alkaa xoxb- (botti) tai xoxp- (käyttäjä); kopioi se kohdasta OAuth &amp; Permissions.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="222"/>
        <source>A Teams (Graph) channel needs the tenant and application ID for the sign-in.</source>
        <translation>Teams (Graph) -kanava tarvitsee kirjautumista varten vuokraajan (tenant) ja sovelluksen tunnuksen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="223"/>
        <source>A Teams (Graph) message needs an HTML body.</source>
        <translation>Teams (Graph) -viestillä on oltava HTML-sisältö.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="224"/>
        <source>A Teams channel ID looks like 19:abc...@thread.tacv2 (channel &apos;...&apos; &gt; Get link).</source>
        <translation>Teams-kanavan tunniste on muotoa 19:abc...@thread.tacv2 (kanavan &apos;...&apos; &gt; Hae linkki).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="225"/>
        <source>A team ID is a GUID (Teams: the team&apos;s &apos;...&apos; &gt; Get link to team: groupId=...).</source>
        <translation>Tiimin tunniste on GUID (Teams: tiimin &apos;...&apos; &gt; Hae linkki tiimiin: groupId=...).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="226"/>
        <source>A two-way channel cannot be edited: remove it and add it again.</source>
        <translation>Kaksisuuntaista kanavaa ei voi muokata: poista se ja lisää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="227"/>
        <source>A two-way channel needs its channel ID.</source>
        <translation>Kaksisuuntainen kanava tarvitsee kanavan tunnisteen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="228"/>
        <source>Channel %1 is one-way. %2</source>
        <translation>Kanava %1 on yksisuuntainen. %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="229"/>
        <source>Give the Mattermost server address, for example https://chat.example.fi.</source>
        <translation>Anna Mattermost-palvelimen osoite, esimerkiksi https://chat.example.fi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="230"/>
        <source>No reply %1 (see &apos;coachdesk replies list&apos;).</source>
        <translation>Vastausta %1 ei ole (katso &apos;coachdesk replies list&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="231"/>
        <source>Replies are read for 1-3650 days after sending.</source>
        <translation>Vastauksia luetaan 1–3650 päivää lähettämisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="232"/>
        <source>The %1 must look like https://chat.example.fi (no user, query or &apos;#&apos;).</source>
        <translation>%1 on annettava muodossa https://chat.example.fi (ei käyttäjää, kyselyä eikä &apos;#&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="233"/>
        <source>The %1 must use https://.</source>
        <translation>%1 on annettava https://-osoitteena.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="234"/>
        <source>The Teams message is too long (about 28 KB at most); shorten it.</source>
        <translation>Teams-viesti on liian pitkä (enintään noin 28 kt); lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="235"/>
        <source>The kind of help is one of: %1.</source>
        <translation>Avun lajin on oltava jokin näistä: %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="236"/>
        <source>The token of channel %1 is missing; remove and add the channel again.</source>
        <translation>Kanavan %1 tunnus (token) puuttuu; poista kanava ja lisää se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="237"/>
        <source>This reply is already an answer.</source>
        <translation>Tämä vastaus on jo kirjattu vastaukseksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="238"/>
        <source>Unknown cloud %1.</source>
        <translation>Tuntematon pilvi %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="239"/>
        <source>Unknown sign-in use %1.</source>
        <translation>Tuntematon kirjautumisen käyttötarkoitus %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="240"/>
        <source>The check of this request is not finished (%1 question(s) or detail(s) left); finish it in the app&apos;s composer. Nothing was written.</source>
        <translation>Pyynnön tarkistus on kesken (%1 kysymystä tai tietoa jäljellä); viimeistele se sovelluksen kirjoitusikkunassa. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="241"/>
        <source>The preview file is not what this request would send now (the case or the file changed); preview it again. Nothing was queued.</source>
        <translation>Esikatselutiedosto ei ole se, mitä tämä pyyntö nyt lähettäisi (asiakkuus tai tiedosto on muuttunut); esikatsele uudelleen. Mitään ei jonotettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="242"/>
        <source>Request #%1 was submitted already; preview a new request. Nothing was queued.</source>
        <translation>Pyyntö #%1 on jo lähetetty jonoon; esikatsele uusi pyyntö. Mitään ei jonotettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/core_errors.py" line="243"/>
        <source>No request #%1.</source>
        <translation>Pyyntöä #%1 ei ole.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="40"/>
        <source>CoachDesk — The vault needs attention</source>
        <translation>CoachDesk — Holvi tarvitsee huomiota</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="44"/>
        <source>Your vault could not be read correctly</source>
        <translation>Holvia ei voitu lukea oikein</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="48"/>
        <source>Part of the vault file is damaged, perhaps by a disk or power problem. CoachDesk has not changed it and will not write over it.

You can restore an automatic backup into a new folder next to it. Notes written after that backup are not in it; the damaged vault stays where it is, so nothing is lost for good.</source>
        <translation>Osa holvitiedostosta on vahingoittunut, ehkä levyn tai sähkökatkon takia. CoachDesk ei ole muuttanut sitä eikä kirjoita sen päälle.

Voit palauttaa automaattisen varmuuskopion uuteen kansioon sen viereen. Varmuuskopion jälkeen kirjoitetut muistiinpanot eivät ole siinä; vahingoittunut holvi jää paikalleen, joten mitään ei menetetä lopullisesti.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="56"/>
        <source>Automatic backups, newest first</source>
        <translation>Automaattiset varmuuskopiot, uusin ensin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="66"/>
        <source>Automatic backups (newest first):</source>
        <translation>Automaattiset varmuuskopiot (uusin ensin):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="71"/>
        <source>There are no automatic backups in this folder. If you saved a backup elsewhere, use Restore from a backup and choose it.</source>
        <translation>Tässä kansiossa ei ole automaattisia varmuuskopioita. Jos tallensit varmuuskopion muualle, valitse Palauta varmuuskopiosta ja valitse se.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="76"/>
        <source>Damaged vault: %1</source>
        <translation>Vahingoittunut holvi: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore the newest backup…</source>
        <translation>&amp;Palauta uusin varmuuskopio…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="83"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="85"/>
        <source>&amp;Copy error and quit</source>
        <translation>&amp;Kopioi virhe ja lopeta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/damaged_dialog.py" line="110"/>
        <source>Restored into a new folder. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Palautettu uuteen kansioon. Avaa se varmuuskopion tunnuslauseella.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="190"/>
        <location filename="../../coachdesk/app/settings_dialog.py" line="227"/>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="191"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="195"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Tietokansio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="199"/>
        <source>The vault in this folder opens at the next start. The current vault: %1</source>
        <translation>Tämän kansion holvi avautuu seuraavalla käynnistyksellä. Nykyinen holvi: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="205"/>
        <source>&amp;Keep closed cases for</source>
        <translation>Säilytä &amp;päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="208"/>
        <source> months after closing</source>
        <translation> kk sulkemisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="209"/>
        <source>Keep closed cases for months after closing</source>
        <translation>Päättyneiden asiakkuuksien säilytysaika kuukausina sulkemisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="216"/>
        <source>After that CoachDesk reminds you; a case is deleted only when you confirm. The default is 12 months.</source>
        <translation>Sen jälkeen CoachDesk muistuttaa; asiakkuus poistetaan vain, kun vahvistat. Oletus on 12 kuukautta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="224"/>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="242"/>
        <source>The data folder must be a folder.</source>
        <translation>Tietokansion on oltava kansio.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="107"/>
        <location filename="../../ui/first_run.ui" line="72"/>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="150"/>
        <source>Use at least three unrelated words.</source>
        <translation>Käytä vähintään kolmea toisiinsa liittymätöntä sanaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="151"/>
        <source>Too common: anyone could guess it.</source>
        <translation>Liian yleinen: kuka tahansa voisi arvata sen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="152"/>
        <source>Very weak: add words.</source>
        <translation>Hyvin heikko: lisää sanoja.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="153"/>
        <source>Weak: add a word or two.</source>
        <translation>Heikko: lisää sana tai kaksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="154"/>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Kohtalainen. Pidempi tunnuslause olisi vahvempi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="155"/>
        <source>Good.</source>
        <translation>Hyvä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="156"/>
        <source>Strong.</source>
        <translation>Vahva.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="165"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="168"/>
        <source>The passphrase is too weak.</source>
        <translation>Tunnuslause on liian heikko.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="172"/>
        <source>Creating your encrypted vault…</source>
        <translation>Luodaan salattua holviasi…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="198"/>
        <location filename="../../coachdesk/app/first_run.py" line="208"/>
        <source>Save the recovery key as PDF</source>
        <translation>Tallenna palautusavain PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="6"/>
        <source>CoachDesk — Welcome</source>
        <translation>CoachDesk — Tervetuloa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="12"/>
        <source>Welcome to CoachDesk</source>
        <translation>Tervetuloa CoachDeskiin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="13"/>
        <source>Your notes stay on this computer, encrypted. Choose a language, then create your private vault — or look around first with sample cases.</source>
        <translation>Muistiinpanosi pysyvät tällä tietokoneella salattuina. Valitse kieli ja luo oma holvisi — tai tutustu ensin esimerkkiasiakkuuksiin.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="16"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with &amp;sample cases</source>
        <translation>Kokeile &amp;esimerkkiasiakkuuksilla</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Try with sample cases</source>
        <translation>Kokeile esimerkkiasiakkuuksilla</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="29"/>
        <source>Choose a passphrase</source>
        <translation>Valitse tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="30"/>
        <source>A few unrelated words are strong and easy to remember. Nobody — not even CoachDesk — can open the vault without it or the recovery key.</source>
        <translation>Muutama toisiinsa liittymätön sana on vahva ja helppo muistaa. Kukaan — ei edes CoachDesk — voi avata holvia ilman sitä tai palautusavainta.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="31"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="32"/>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="33"/>
        <source>Passphrase strength</source>
        <translation>Tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="35"/>
        <source>&amp;Again</source>
        <translation>Uu&amp;destaan</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="36"/>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudestaan</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="43"/>
        <source>Your recovery key</source>
        <translation>Palautusavaimesi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="44"/>
        <source>If you forget your passphrase, this key is the only way back in. It is shown only now. Print it or save it as a PDF and keep it somewhere safe, away from this computer.</source>
        <translation>Jos unohdat tunnuslauseesi, tällä avaimella pääset vielä sisään. Se näytetään vain nyt. Tulosta se tai tallenna PDF:ksi ja säilytä turvallisessa paikassa, erillään tästä tietokoneesta.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="45"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="48"/>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="49"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:ksi…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="53"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Olen &amp;tallentanut palautusavaimen turvallisesti</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="59"/>
        <source>Quick unlock</source>
        <translation>Pika-avaus</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="60"/>
        <source>CoachDesk can keep the vault key in your operating system&apos;s keychain, so you can unlock with one click while you are logged in. You can change this later in Settings.</source>
        <translation>CoachDesk voi säilyttää holvin avaimen käyttöjärjestelmän avainnipussa, jolloin avaat holvin yhdellä napsautuksella ollessasi kirjautuneena. Voit muuttaa tätä myöhemmin asetuksista.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="61"/>
        <source>Use &amp;quick unlock through the system keychain</source>
        <translation>Käytä &amp;pika-avausta järjestelmän avainnipun kautta</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="70"/>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="81"/>
        <source>Did your team lead give you a team setup file? Import it to get the team&apos;s channels and colleagues (optional; also later in Settings).</source>
        <translation>Saitko tiimin vetäjältä tiimin asetustiedoston? Tuo se, niin saat tiimin kanavat ja kollegat (vapaaehtoinen; onnistuu myöhemmin myös asetuksista).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/first_run.py" line="83"/>
        <source>Import &amp;team setup…</source>
        <translation>Tuo &amp;tiimin asetukset…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="67"/>
        <source>Record an answer</source>
        <translation>Kirjaa vastaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="69"/>
        <source>What came of “%1”? These notes stay in the case timeline.</source>
        <translation>Mitä kysymyksestä ”%1” seurasi? Nämä merkinnät jäävät asiakkuuden aikajanalle.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="78"/>
        <source>e.g. sparring offered Thursday</source>
        <translation>esim. sparrausta tarjottiin torstaina</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="80"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="80"/>
        <source>Tips</source>
        <translation>Vinkit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="81"/>
        <source>1:1 sparring</source>
        <translation>Kahdenkeskinen sparraus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Group session</source>
        <translation>Ryhmätyönohjaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="82"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="87"/>
        <source>what I will try next</source>
        <translation>mitä kokeilen seuraavaksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="88"/>
        <source>&amp;Date</source>
        <translation>&amp;Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="89"/>
        <source>&amp;Answer</source>
        <translation>&amp;Vastaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="90"/>
        <source>&amp;Help received</source>
        <translation>&amp;Saatu apu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="91"/>
        <source>What I will &amp;try</source>
        <translation>Mitä &amp;kokeilen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="118"/>
        <source>Write an answer, choose the help received or what you will try.</source>
        <translation>Kirjoita vastaus, valitse saatu apu tai mitä kokeilet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="98"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="30"/>
        <location filename="../../coachdesk/app/compose/followups.py" line="45"/>
        <source>Answer to %1</source>
        <translation>Vastaus pyyntöön %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="32"/>
        <source>I will try (after %1)</source>
        <translation>Kokeilen seuraavaksi (%1 jälkeen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>tips</source>
        <translation>vinkkejä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>1:1 sparring</source>
        <translation>1:1-sparrausta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="33"/>
        <source>group session</source>
        <translation>ryhmätapaaminen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="34"/>
        <source>other help</source>
        <translation>muuta apua</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="36"/>
        <source>Help received (%1)</source>
        <translation>Saatu apu (%1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="46"/>
        <source>Follow-up to %1</source>
        <translation>Jatkoa pyyntöön %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="47"/>
        <source>Help received</source>
        <translation>Saatu apu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="48"/>
        <source>I will try</source>
        <translation>Kokeilen</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="53"/>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="54"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="57"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="58"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="59"/>
        <source>&amp;Theme</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="62"/>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="49"/>
        <source>CoachDesk — New goal</source>
        <translation>CoachDesk — Uusi tavoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="52"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="53"/>
        <source>&amp;Goal</source>
        <translation>&amp;Tavoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="57"/>
        <location filename="../../coachdesk/app/overview_page.py" line="59"/>
        <source>Level %1</source>
        <translation>Taso %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="61"/>
        <source>Baseline level</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="65"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Lähtötaso</translation>
    </message>
</context>
<context>
    <name>GroupTopicsDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="144"/>
        <source>Group session topics</source>
        <translation>Ryhmätyönohjauksen aiheet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="146"/>
        <source>Anonymised: no case codes, pseudonyms or identifying details.</source>
        <translation>Anonymisoitu: ei asiakkuuskoodeja, peitenimiä eikä tunnistetietoja.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/followups.py" line="157"/>
        <source>No topics yet. Mark a request as a group-session topic in its case&apos;s Requests tab.</source>
        <translation>Ei vielä aiheita. Merkitse kysymys ryhmätyönohjauksen aiheeksi asiakkuuden Kysymykset-välilehdellä.</translation>
    </message>
</context>
<context>
    <name>IdentifiersPage</name>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="65"/>
        <source>Identifying details — never leave this computer. They are used only to highlight and remove them from notes and requests.</source>
        <translation>Tunnistetiedot — eivät koskaan poistu tältä tietokoneelta. Niitä käytetään vain korostamaan ja poistamaan ne muistiinpanoista ja kysymyksistä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Detail</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="68"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="69"/>
        <source>Identifying details</source>
        <translation>Tunnistetiedot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="70"/>
        <source>Name, place, employer…</source>
        <translation>Nimi, paikka, työnantaja…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="71"/>
        <source>New identifying detail</source>
        <translation>Uusi tunnistetieto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="72"/>
        <source>Kind of detail</source>
        <translation>Tiedon laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="79"/>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/identifiers_page.py" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="14"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="15"/>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="16"/>
        <location filename="../../coachdesk/app/labels.py" line="27"/>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="22"/>
        <source>Mapping</source>
        <translation>Kartoitus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="23"/>
        <source>Goal setting</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="24"/>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="25"/>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="26"/>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="33"/>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="34"/>
        <source>Pension insurer</source>
        <translation>Työeläkevakuuttaja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="35"/>
        <source>TE services</source>
        <translation>TE-palvelut</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="36"/>
        <source>Occupational health</source>
        <translation>Työterveyshuolto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="37"/>
        <location filename="../../coachdesk/app/labels.py" line="56"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="43"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="44"/>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="45"/>
        <source>Video call</source>
        <translation>Videotapaaminen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="46"/>
        <source>Network meeting</source>
        <translation>Verkostotapaaminen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="52"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="53"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="54"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="55"/>
        <source>Relative</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="62"/>
        <source>Work Ability Score (0–10)</source>
        <translation>Työkykypistemäärä (0–10)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="63"/>
        <source>Work Ability Index (7–49)</source>
        <translation>Työkykyindeksi (7–49)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/labels.py" line="64"/>
        <source>Other measure</source>
        <translation>Muu mittari</translation>
    </message>
</context>
<context>
    <name>ListFormPage</name>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/list_form_page.py" line="115"/>
        <source>%1: the form has changes that are not saved. Save them, or choose New to drop them.</source>
        <translation>%1: lomakkeella on tallentamattomia muutoksia. Tallenna ne tai hylkää ne valitsemalla Uusi.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="126"/>
        <location filename="../../ui/lock_screen.ui" line="6"/>
        <source>CoachDesk — Locked</source>
        <translation>CoachDesk — Lukittu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="128"/>
        <source>Vault: %1</source>
        <translation>Holvi: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="168"/>
        <source>Unlocking…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="175"/>
        <source>Enter your passphrase.</source>
        <translation>Kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="202"/>
        <source>The vault is damaged. Nothing was changed.</source>
        <translation>Holvi on vahingoittunut. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="208"/>
        <source>Wrong passphrase. Please wait a moment and try again.</source>
        <translation>Väärä tunnuslause. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="214"/>
        <source>Quick unlock is not available right now. Enter your passphrase.</source>
        <translation>Pika-avaus ei ole nyt käytettävissä. Kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/lock_screen.py" line="219"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Holvia ei voitu avata (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="19"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk on lukittu</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="20"/>
        <source>Vault</source>
        <translation>Holvi</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="21"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="22"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="23"/>
        <source>Demo vault: the passphrase is demo-coachdesk</source>
        <translation>Esittelyholvi: tunnuslause on demo-coachdesk</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="24"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>&amp;Quick unlock</source>
        <translation>&amp;Pika-avaus</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="27"/>
        <source>Quick unlock with the system keychain</source>
        <translation>Pika-avaus järjestelmän avainnipulla</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="29"/>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>&amp;Forgot passphrase? Use the recovery key</source>
        <translation>&amp;Unohditko tunnuslauseen? Käytä palautusavainta</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="32"/>
        <source>Forgot passphrase</source>
        <translation>Unohtunut tunnuslause</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="178"/>
        <source>&amp;Case</source>
        <translation>&amp;Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="181"/>
        <source>&amp;New case…</source>
        <translation>&amp;Uusi asiakkuus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="182"/>
        <source>New session &amp;note</source>
        <translation>Uusi &amp;muistiinpano</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="183"/>
        <source>New &amp;reflection…</source>
        <translation>Uusi &amp;reflektio…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="184"/>
        <source>&amp;Search…</source>
        <translation>&amp;Hae…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="185"/>
        <source>General &amp;reflections</source>
        <translation>Yleiset &amp;reflektiot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="187"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="189"/>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Tietoja CoachDeskistä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="190"/>
        <source>Good to see you</source>
        <translation>Tervetuloa takaisin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="191"/>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation>Valitse asiakkuus vasemmalta tai luo uusi (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>New case</source>
        <translation>Uusi asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="193"/>
        <source>General reflections</source>
        <translation>Yleiset reflektiot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/main_window.py" line="207"/>
        <source>demo vault</source>
        <translation>esittelyholvi</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="81"/>
        <source>CoachDesk — New measurement</source>
        <translation>CoachDesk — Uusi mittaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="84"/>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="90"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="94"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="95"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mittari</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="96"/>
        <source>&amp;Value</source>
        <translation>&amp;Arvo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="97"/>
        <source>&amp;Date</source>
        <translation>&amp;Päivämäärä</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="17"/>
        <source>CoachDesk — New case</source>
        <translation>CoachDesk — Uusi asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="23"/>
        <source>A made-up name, e.g. Metsätie</source>
        <translation>Keksitty nimi, esim. Metsätie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="32"/>
        <source>comma-separated</source>
        <translation>pilkuin eroteltuina</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="33"/>
        <source>&amp;Pseudonym</source>
        <translation>P&amp;eitenimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>P&amp;hase</source>
        <translation>&amp;Vaihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="34"/>
        <source>Pa&amp;yer</source>
        <translation>&amp;Maksaja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="35"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/new_case_dialog.py" line="38"/>
        <source>Use a pseudonym here. Real names go to the case&apos;s Identifying details, which never leave this computer.</source>
        <translation>Käytä tässä peitenimeä. Oikeat nimet kuuluvat asiakkuuden tunnistetietoihin, jotka eivät koskaan poistu tältä tietokoneelta.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="132"/>
        <source>Note date</source>
        <translation>Muistiinpanon päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="133"/>
        <source>Kind of contact</source>
        <translation>Yhteydenoton tapa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="134"/>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="136"/>
        <source>Note text</source>
        <translation>Muistiinpanon teksti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="137"/>
        <source>Write the session note here. It is saved as you type.</source>
        <translation>Kirjoita tapaamisen muistiinpano tähän. Se tallentuu kirjoittaessasi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="253"/>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="123"/>
        <location filename="../../coachdesk/app/note_editor.py" line="256"/>
        <source>Saving soon…</source>
        <translation>Tallennetaan pian…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="291"/>
        <source>Highlighted words may identify the client. Consider the pseudonym “%1” or a general word instead.</source>
        <translation>Korostetut sanat voivat tunnistaa asiakkaan. Käytä mieluummin peitenimeä ”%1” tai yleisempää sanaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/note_editor.py" line="294"/>
        <source>Highlighted words may identify the client. Consider a pseudonym or a general word.</source>
        <translation>Korostetut sanat voivat tunnistaa asiakkaan. Käytä mieluummin peitenimeä tai yleisempää sanaa.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coachdesk/app/operations.py" line="95"/>
        <source>The operation failed (%1).</source>
        <translation>Toiminto epäonnistui (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="31"/>
        <source>Outbox</source>
        <translation>Lähtevät</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="33"/>
        <source>Messages are delivered in the background; you can keep working.</source>
        <translation>Viestit toimitetaan taustalla; voit jatkaa työskentelyä.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="36"/>
        <source>Show sent and cancelled too</source>
        <translation>Näytä myös lähetetyt ja perutut</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Ref</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="42"/>
        <source>Attempts</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Last change</source>
        <translation>Viimeisin muutos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="43"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="48"/>
        <source>Send again</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="49"/>
        <source>Mark delivered</source>
        <translation>Merkitse toimitetuksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="50"/>
        <source>Cancel sending</source>
        <translation>Peru lähetys</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/outbox_view.py" line="56"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="10"/>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="11"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="12"/>
        <source>Queued</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="13"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="14"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="15"/>
        <source>Needs fixing</source>
        <translation>Vaatii korjausta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="16"/>
        <source>Possibly sent</source>
        <translation>Ehkä lähetetty</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="17"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="37"/>
        <source>queued</source>
        <translation>jonoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="38"/>
        <source>delivered</source>
        <translation>perillä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="39"/>
        <source>not sent (no connection), will retry</source>
        <translation>ei lähtenyt (ei yhteyttä), yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="40"/>
        <source>busy, will retry</source>
        <translation>ruuhkaa, yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="41"/>
        <source>refused by the channel</source>
        <translation>kanava hylkäsi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="42"/>
        <source>no clear answer</source>
        <translation>ei selvää vastausta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="43"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="44"/>
        <source>send again</source>
        <translation>lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="45"/>
        <source>marked delivered</source>
        <translation>merkitty perille menneeksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="46"/>
        <source>interrupted</source>
        <translation>keskeytyi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="50"/>
        <source>test message</source>
        <translation>testiviesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="47"/>
        <source>waiting for sign-in</source>
        <translation>odottaa kirjautumista</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/states.py" line="18"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>&amp;Pseudonym</source>
        <translation>P&amp;eitenimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>&amp;Status</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>P&amp;hase</source>
        <translation>&amp;Vaihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="194"/>
        <source>Pa&amp;yer</source>
        <translation>&amp;Maksaja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Referral</source>
        <translation>&amp;Lähettäjä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Opened</source>
        <translation>Aloitett&amp;u</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>&amp;Tags</source>
        <translation>Tu&amp;nnisteet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="195"/>
        <source>Su&amp;mmary</source>
        <translation>Y&amp;hteenveto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="199"/>
        <source>comma-separated, e.g. burnout, work trial</source>
        <translation>pilkuin eroteltuina, esim. uupumus, työkokeilu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="200"/>
        <source>who referred, e.g. occupational health</source>
        <translation>kuka ohjasi, esim. työterveyshuolto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="210"/>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="211"/>
        <source>Goals (GAS)</source>
        <translation>Tavoitteet (GAS)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="212"/>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="213"/>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="217"/>
        <source>Add &amp;goal…</source>
        <translation>Lisä&amp;ä tavoite…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="218"/>
        <source>Measures</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="219"/>
        <source>Measure to chart</source>
        <translation>Kuvaajan mittari</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="220"/>
        <source>Add &amp;measurement…</source>
        <translation>Lisää mittaus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="299"/>
        <source>Current level of %1</source>
        <translation>Tavoitteen %1 nykytaso</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="356"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/overview_page.py" line="215"/>
        <source>No goals yet. Agree on a goal with the client and add it with “Add goal…”: its baseline and the five GAS levels (−2 … +2) show progress over time.</source>
        <translation>Ei vielä tavoitteita. Sopikaa tavoite asiakkaan kanssa ja lisää se painikkeella ”Lisää tavoite…”: lähtötaso ja viisi GAS-tasoa (−2 … +2) näyttävät edistymisen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="36"/>
        <source>CoachDesk — Recovery key</source>
        <translation>CoachDesk — Palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="38"/>
        <source>Enter the recovery key you stored when you created the vault, then choose a new passphrase.</source>
        <translation>Kirjoita palautusavain, jonka tallensit holvia luodessasi, ja valitse uusi tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="47"/>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="50"/>
        <source>New passphrase again</source>
        <translation>Uusi tunnuslause uudestaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="51"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="52"/>
        <source>&amp;New passphrase</source>
        <translation>U&amp;usi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="53"/>
        <source>&amp;Again</source>
        <translation>Uu&amp;destaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="73"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="76"/>
        <source>The new passphrase is too weak: add a word or two.</source>
        <translation>Uusi tunnuslause on liian heikko: lisää sana tai kaksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="79"/>
        <source>Checking the recovery key…</source>
        <translation>Tarkistetaan palautusavainta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="97"/>
        <source>That recovery key does not fit this vault.</source>
        <translation>Palautusavain ei sovi tähän holviin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_dialog.py" line="101"/>
        <source>Recovery failed (%1).</source>
        <translation>Palautus epäonnistui (%1).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="115"/>
        <source>CoachDesk — New recovery key</source>
        <translation>CoachDesk — Uusi palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="117"/>
        <source>Your new recovery key. It is shown only now: print it or save it as a PDF.</source>
        <translation>Uusi palautusavaimesi. Se näytetään vain nyt: tulosta se tai tallenna PDF:ksi.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="122"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="126"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:ksi…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="133"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Olen &amp;tallentanut palautusavaimen turvallisesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="150"/>
        <location filename="../../coachdesk/app/rekey_ui.py" line="159"/>
        <source>Save the recovery key as PDF</source>
        <translation>Tallenna palautusavain PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="16"/>
        <source>CoachDesk recovery key</source>
        <translation>CoachDeskin palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="17"/>
        <source>Keep this sheet somewhere safe, away from the computer. With this key you can open your vault if you forget the passphrase.</source>
        <translation>Säilytä tämä arkki turvallisessa paikassa erillään tietokoneesta. Tällä avaimella avaat holvisi, jos unohdat tunnuslauseen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="20"/>
        <source>Vault folder</source>
        <translation>Holvin kansio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/recovery_sheet.py" line="21"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="113"/>
        <source>CoachDesk — Reflection</source>
        <translation>CoachDesk — Reflektio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Template</source>
        <translation>&amp;Malli</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>&amp;Case</source>
        <translation>&amp;Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="114"/>
        <source>T&amp;itle</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="115"/>
        <source>&amp;Date</source>
        <translation>&amp;Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="122"/>
        <source>General (no case)</source>
        <translation>Yleinen (ei asiakkuutta)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="123"/>
        <source>A few words to find it again</source>
        <translation>Muutama sana, jolla löydät sen taas</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="277"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="212"/>
        <source>Nothing to save yet.</source>
        <translation>Ei vielä tallennettavaa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="218"/>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflection_editor.py" line="220"/>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="50"/>
        <location filename="../../coachdesk/app/reflections_page.py" line="52"/>
        <source>General reflections</source>
        <translation>Yleiset reflektiot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/reflections_page.py" line="51"/>
        <source>&amp;New reflection…</source>
        <translation>&amp;Uusi reflektio…</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="114"/>
        <source>New replies from colleagues: %1</source>
        <translation>Uusia vastauksia kollegoilta: %1</translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="177"/>
        <source>Replies from colleagues</source>
        <translation>Kollegoiden vastaukset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="178"/>
        <source>Make it the answer…</source>
        <translation>Tee tästä vastaus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>From</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="179"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/replies_ui.py" line="205"/>
        <source>This reply is the answer.</source>
        <translation>Tämä vastaus on kirjattu vastaukseksi.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="135"/>
        <source>Ask a colleague…</source>
        <translation>Kysy kollegalta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="137"/>
        <source>Only reviewed text with identifying details replaced is ever sent.</source>
        <translation>Vain tarkistettu teksti, josta tunnistetiedot on korvattu, lähetetään koskaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Ref</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="138"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="139"/>
        <source>Check the channel</source>
        <translation>Tarkista kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="140"/>
        <source>Send again</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="141"/>
        <source>Mark delivered</source>
        <translation>Merkitse toimitetuksi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="142"/>
        <source>Cancel sending</source>
        <translation>Peru lähetys</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="146"/>
        <source>A topic for the group session</source>
        <translation>Aihe ryhmätyönohjaukseen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="147"/>
        <source>Delivery log</source>
        <translation>Toimitusloki</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="148"/>
        <source>Message hash</source>
        <translation>Tiiviste</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="281"/>
        <source>No requests yet. Ask a colleague about this case with Ctrl+Shift+A.</source>
        <translation>Ei vielä kysymyksiä. Kysy kollegalta tästä asiakkuudesta: Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="326"/>
        <source>Sent to %1 on %2.</source>
        <translation>Lähetetty kanavaan %1 %2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="328"/>
        <source> Waiting for the network; it is retried automatically.</source>
        <translation> Odotetaan verkkoa; lähetystä yritetään automaattisesti uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="331"/>
        <source>Queued for %1.</source>
        <translation>Jonossa kanavaan %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="333"/>
        <source>Needs fixing: %1 refused the message (%2). Edit and resend, or cancel.</source>
        <translation>Vaatii korjausta: %1 hylkäsi viestin (%2). Muokkaa ja lähetä uudelleen tai peru.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="336"/>
        <source>Possibly sent: there was no clear answer from %1 (%2). Look in the channel for #%3, then choose “Send again” or “Mark delivered”.</source>
        <translation>Mahdollisesti lähetetty: %1 ei vastannut selvästi (%2). Etsi kanavasta #%3 ja valitse sitten ”Lähetä uudelleen” tai ”Merkitse toimitetuksi”.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="353"/>
        <source>Copied #%1: search for it in the channel.</source>
        <translation>Kopioitu #%1: etsi sitä kanavasta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="330"/>
        <source> Waiting for your sign-in: Settings → Channels → Sign in.</source>
        <translation> Odottaa kirjautumistasi: Asetukset → Kanavat → Kirjaudu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="143"/>
        <source>&amp;Record an answer…</source>
        <translation>&amp;Kirjaa vastaus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="144"/>
        <source>Answers and what I will try</source>
        <translation>Vastaukset ja mitä kokeilen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="193"/>
        <source>(no topic yet)</source>
        <translation>(ei vielä aihetta)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Queued</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="234"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="235"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Continue writing…</source>
        <translation>&amp;Jatka kirjoittamista…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="288"/>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Muokkaa ja lähetä uudelleen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="318"/>
        <source>A draft: saved as you typed, not sent. Continue writing to check and send it.</source>
        <translation>Luonnos: tallennettu kirjoittaessasi, ei lähetetty. Jatka kirjoittamista tarkistaaksesi ja lähettääksesi sen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/requests_page.py" line="324"/>
        <source>Sent to %1 on %2; answered.</source>
        <translation>Lähetetty kanavaan %1 %2; vastattu.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="62"/>
        <source>CoachDesk — Restore from a backup</source>
        <translation>CoachDesk — Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="66"/>
        <source>The backup is opened and checked first. Nothing changes unless it passes.</source>
        <translation>Varmuuskopio avataan ja tarkistetaan ensin. Mikään ei muutu, ellei se läpäise tarkistusta.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="72"/>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="73"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="77"/>
        <source>Backup &amp;file</source>
        <translation>Varmuuskopiotie&amp;dosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="81"/>
        <source>Its &amp;passphrase</source>
        <translation>Sen &amp;tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="82"/>
        <source>The r&amp;ecovery key</source>
        <translation>Pal&amp;autusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="89"/>
        <source>Open with</source>
        <translation>Avaa käyttäen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="92"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Varmuuskopion tunnuslause tai palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="93"/>
        <source>&amp;Secret</source>
        <translation>Sa&amp;lasana</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="95"/>
        <source>Into a &amp;new folder</source>
        <translation>&amp;Uuteen kansioon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="96"/>
        <source>&amp;Over the current vault (the current files are kept aside)</source>
        <translation>&amp;Nykyisen holvin päälle (nykyiset tiedostot säilytetään sivussa)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="106"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="138"/>
        <source>New folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="107"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="122"/>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="132"/>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="133"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk-varmuuskopiot (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="155"/>
        <source>Choose a backup file (.cdbackup).</source>
        <translation>Valitse varmuuskopiotiedosto (.cdbackup).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="158"/>
        <source>Enter the backup&apos;s passphrase or recovery key.</source>
        <translation>Kirjoita varmuuskopion tunnuslause tai palautusavain.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="169"/>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Valitse palautetulle holville uusi kansio.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="172"/>
        <source>That folder already holds a vault. Choose a new folder.</source>
        <translation>Kansiossa on jo holvi. Valitse uusi kansio.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="176"/>
        <location filename="../../coachdesk/app/restore_dialog.py" line="207"/>
        <source>Checking and restoring the backup…</source>
        <translation>Tarkistetaan ja palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="194"/>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation>Tunnuslause tai palautusavain ei avaa tätä varmuuskopiota. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="196"/>
        <source>The backup was not restored: %1 Nothing was changed.</source>
        <translation>Varmuuskopiota ei palautettu: %1 Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="221"/>
        <source>Restored. The replaced vault is kept in %1</source>
        <translation>Palautettu. Korvattu holvi on tallessa kansiossa %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/restore_dialog.py" line="227"/>
        <source>The backup was not restored (%1). Your vault is unchanged; unlock it as usual.</source>
        <translation>Varmuuskopiota ei palautettu (%1). Holvisi on ennallaan; avaa se tavalliseen tapaan.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="41"/>
        <source>closed this month</source>
        <translation>suljettu tässä kuussa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="42"/>
        <source>closed %1 mo ago</source>
        <translation>suljettu %1 kk sitten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="51"/>
        <source>CoachDesk — Delete case for good</source>
        <translation>CoachDesk — Poista asiakkuus lopullisesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="55"/>
        <source>To delete case %1 for good, type its code below.</source>
        <translation>Poista asiakkuus %1 lopullisesti kirjoittamalla sen tunnus alle.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="60"/>
        <source>Case code</source>
        <translation>Asiakkuuden tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="63"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Poista lopullisesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="79"/>
        <location filename="../../coachdesk/app/retention_ui.py" line="139"/>
        <source>CoachDesk — Delete case</source>
        <translation>CoachDesk — Poista asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="80"/>
        <source>Delete case %1 for good?</source>
        <translation>Poistetaanko asiakkuus %1 lopullisesti?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="81"/>
        <source>Its notes, goals, measures, reflections, help requests and outbox items are deleted and the space they used is wiped. This cannot be undone. Copies in older backups remain until those roll off (7 days).</source>
        <translation>Sen muistiinpanot, tavoitteet, mittaukset, reflektiot, kysymykset kollegoille ja lähtevät viestit poistetaan ja niiden tila pyyhitään. Tätä ei voi perua. Kopiot vanhemmissa varmuuskopioissa säilyvät, kunnes ne poistuvat (7 päivää).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="87"/>
        <source>Continue…</source>
        <translation>Jatka…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="124"/>
        <source>Deleting the case…</source>
        <translation>Poistetaan asiakkuutta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="129"/>
        <source>The case was deleted for good.</source>
        <translation>Asiakkuus poistettiin lopullisesti.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="140"/>
        <source>The case could not be deleted: %1</source>
        <translation>Asiakkuutta ei voitu poistaa: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="155"/>
        <source>CoachDesk — Closed cases to review</source>
        <translation>CoachDesk — Tarkistettavat päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="160"/>
        <source>Some closed cases have reached the retention period</source>
        <translation>Joidenkin päättyneiden asiakkuuksien säilytysaika on täynnä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="164"/>
        <source>You keep closed cases for %1 months. These were closed longer ago. Nothing is deleted unless you choose a case and confirm.</source>
        <translation>Säilytät päättyneitä asiakkuuksia %1 kuukautta. Nämä suljettiin tätä aiemmin. Mitään ei poisteta, ellet valitse asiakkuutta ja vahvista.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="169"/>
        <source>Closed cases past the retention period</source>
        <translation>Päättyneet asiakkuudet, joiden säilytysaika on ohi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="171"/>
        <source>closed %1</source>
        <translation>suljettu %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="179"/>
        <source>You can change the retention period in Settings → Data.</source>
        <translation>Säilytysaikaa voi muuttaa kohdassa Asetukset → Tiedot.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="183"/>
        <source>&amp;Delete the chosen case…</source>
        <translation>&amp;Poista valittu asiakkuus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/retention_ui.py" line="185"/>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="115"/>
        <source>CoachDesk — Search</source>
        <translation>CoachDesk — Haku</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="116"/>
        <source>Search cases, notes and reflections (e.g. kipu finds kivun)</source>
        <translation>Hae asiakkuuksista, muistiinpanoista ja reflektioista (esim. kipu löytää myös kivun)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="117"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="118"/>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="174"/>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulos</numerusform>
            <numerusform>%n tulosta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/search_dialog.py" line="188"/>
        <source>Nothing found.</source>
        <translation>Ei osumia.</translation>
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
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="88"/>
        <source>Lock after minutes without use</source>
        <translation>Lukitse, kun käyttämättä minuutteja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="91"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="93"/>
        <source>Clear copied text after seconds</source>
        <translation>Tyhjennä kopioitu teksti sekunnin kuluttua</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="94"/>
        <source>Quick unlock through the system keychain</source>
        <translation>Pika-avaus järjestelmän avainnipun kautta</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="95"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lukitse kun käyttämättä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="96"/>
        <source>&amp;Clear clipboard after</source>
        <translation>Tyhjennä lei&amp;kepöytä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="99"/>
        <source>Change &amp;passphrase…</source>
        <translation>Vaihda &amp;tunnuslause…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="100"/>
        <source>New &amp;recovery key…</source>
        <translation>Uusi &amp;palautusavain…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="112"/>
        <source>Security</source>
        <translation>Tietoturva</translation>
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
        <translation>CoachDesk — Uusi palautusavain</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="145"/>
        <source>Create a new recovery key? The old one stops working at once.</source>
        <translation>Luodaanko uusi palautusavain? Vanha lakkaa toimimasta heti.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="149"/>
        <source>Current passphrase:</source>
        <translation>Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="154"/>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Salataan holvi uudelleen uudella avaimella…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/settings_dialog.py" line="168"/>
        <source>The current passphrase is wrong.</source>
        <translation>Nykyinen tunnuslause on väärä.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>CoachDesk — Settings</source>
        <translation>CoachDesk — Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Settings pages</source>
        <translation>Asetussivut</translation>
    </message>
</context>
<context>
    <name>SignInBox</name>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="74"/>
        <source>Protected: sign in to send (flow set to “Any user in my tenant”)</source>
        <translation>Suojattu: lähettäminen vaatii kirjautumisen (työnkulussa ”Any user in my tenant”)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="75"/>
        <source>&amp;Tenant</source>
        <translation>Vuok&amp;raaja (tenant)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="76"/>
        <source>Directory (tenant) ID or domain, from your admin</source>
        <translation>Hakemiston (tenant) tunnus tai toimialue, ylläpitäjältäsi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="77"/>
        <source>A&amp;pplication ID</source>
        <translation>Sovelluks&amp;en tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="78"/>
        <source>Application (client) ID, from your admin</source>
        <translation>Sovelluksen (client) tunnus, ylläpitäjältäsi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="79"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Kirjaudu…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="80"/>
        <source>Sign in in the &amp;browser</source>
        <translation>Kirjaudu &amp;selaimessa</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="140"/>
        <source>Sign-in needed before messages can go: %1</source>
        <translation>Kirjautuminen tarvitaan ennen kuin viestit voivat lähteä: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="142"/>
        <source>Signed in. Messages to this channel go out with your sign-in.</source>
        <translation>Kirjautunut. Tämän kanavan viestit lähtevät kirjautumisesi turvin.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="162"/>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Pyydetään Microsoftilta kirjautumiskoodia…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="166"/>
        <source>Open %1 and enter the code %2. This page waits for you.</source>
        <translation>Avaa %1 ja syötä koodi %2. Tämä sivu odottaa sinua.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="183"/>
        <source>Sign in in the browser window that opened…</source>
        <translation>Kirjaudu avautuneessa selainikkunassa…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in as %1.</source>
        <translation>Kirjautunut käyttäjänä %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="195"/>
        <source>Signed in.</source>
        <translation>Kirjautunut.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="197"/>
        <source>Waiting messages go out shortly.</source>
        <translation>Odottavat viestit lähtevät pian.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="207"/>
        <source>Microsoft&apos;s sign-in service could not be reached. Check the connection and try again.</source>
        <translation>Microsoftin kirjautumispalveluun ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/signin.py" line="209"/>
        <source>The sign-in did not finish: %1</source>
        <translation>Kirjautuminen ei valmistunut: %1</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="224"/>
        <source>Export team setup</source>
        <translation>Vie tiimin asetukset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="226"/>
        <source>One file with this vault&apos;s channels (their secret webhook addresses included) and colleagues, for your team. Give the file and its passphrase by different routes, for example the passphrase by phone.</source>
        <translation>Yksi tiedosto tiimillesi: tämän holvin kanavat (salaiset webhook-osoitteet mukana) ja kollegat. Anna tiedosto ja sen tunnuslause eri reittejä, esimerkiksi tunnuslause puhelimessa.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="230"/>
        <source>New &amp;passphrase</source>
        <translation>&amp;Uusi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="231"/>
        <source>A&amp;gain</source>
        <translation>Uu&amp;destaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="232"/>
        <source>&amp;Choose…</source>
        <translation>Valit&amp;se…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="233"/>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup file</source>
        <translation>Tiimin asetustiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="237"/>
        <source>Team setup files (*.cdteam)</source>
        <translation>Tiimin asetustiedostot (*.cdteam)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="248"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="257"/>
        <location filename="../../coachdesk/app/compose/team_import.py" line="259"/>
        <source>Encrypting…</source>
        <translation>Salataan…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="267"/>
        <source>Written to %1 (readable only by you).</source>
        <translation>Kirjoitettu tiedostoon %1 (vain sinun luettavissasi).</translation>
    </message>
</context>
<context>
    <name>TeamImportDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="95"/>
        <source>Import team setup</source>
        <translation>Tuo tiimin asetukset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="97"/>
        <source>Your team lead can give you one file with the team&apos;s channels and colleagues, and its passphrase by another route. You will see what it adds before anything is saved; nothing you have is replaced.</source>
        <translation>Tiimin vetäjä voi antaa sinulle yhden tiedoston, jossa ovat tiimin kanavat ja kollegat, ja sen tunnuslauseen eri reittiä. Näet, mitä se lisää, ennen kuin mitään tallennetaan; mitään olemassa olevaa ei korvata.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="100"/>
        <source>&amp;Passphrase</source>
        <translation>T&amp;unnuslause</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="102"/>
        <source>&amp;Show what it adds</source>
        <translation>&amp;Näytä, mitä se lisää</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="106"/>
        <source>Team setup file</source>
        <translation>Tiimin asetustiedosto</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="107"/>
        <source>Team setup files (*.cdteam);;All files (*)</source>
        <translation>Tiimin asetustiedostot (*.cdteam);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="119"/>
        <source>Choose the file and type its passphrase.</source>
        <translation>Valitse tiedosto ja kirjoita sen tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="123"/>
        <source>Opening the file…</source>
        <translation>Avataan tiedostoa…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="136"/>
        <source>Nothing new to add.</source>
        <translation>Ei mitään uutta lisättävää.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="137"/>
        <source>Check the list, then press Add.</source>
        <translation>Tarkista luettelo ja paina Lisää.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="151"/>
        <source>Adding…</source>
        <translation>Lisätään…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="159"/>
        <source>Added %1 channel(s) and %2 colleague(s).</source>
        <translation>Lisätty %1 kanava(a) ja %2 kollega(a).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/team_import.py" line="162"/>
        <source>Channels that need a sign-in: open them in Settings → Channels and press Sign in.</source>
        <translation>Kirjautumista vaativat kanavat: avaa ne kohdassa Asetukset → Kanavat ja paina Kirjaudu.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="99"/>
        <source>New &amp;note</source>
        <translation>Uusi &amp;muistiinpano</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="100"/>
        <source>New session note (Ctrl+Shift+N)</source>
        <translation>Uusi tapaamisen muistiinpano (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="101"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Reflektoi…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="102"/>
        <source>New reflection on this case (Ctrl+R)</source>
        <translation>Uusi reflektio tästä asiakkuudesta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="103"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="117"/>
        <source>Choose a note or reflection, or start a new note.</source>
        <translation>Valitse muistiinpano tai reflektio, tai aloita uusi muistiinpano.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="105"/>
        <source>&amp;Edit reflection</source>
        <translation>Muokkaa re&amp;flektiota</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="106"/>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="158"/>
        <source>(empty note)</source>
        <translation>(tyhjä muistiinpano)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/timeline_page.py" line="114"/>
        <source>No notes yet.

After a session, write what happened with “New note” (Ctrl+Shift+N); reflect on the case with “Reflect…” (Ctrl+R). Answers from colleagues appear here too.</source>
        <translation>Ei vielä muistiinpanoja.

Kirjoita tapaamisen jälkeen, mitä tapahtui: ”Uusi muistiinpano” (Ctrl+Shift+N). Pohdi asiakkuutta: ”Reflektoi…” (Ctrl+R). Myös kollegoiden vastaukset näkyvät täällä.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../coachdesk/app/trend_chart.py" line="38"/>
        <source>No measurements yet</source>
        <translation>Ei vielä mittauksia</translation>
    </message>
</context>
<context>
    <name>TwoWayChannelDialog</name>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="32"/>
        <source>Add a two-way channel</source>
        <translation>Lisää kaksisuuntainen kanava</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="34"/>
        <source>Replies to your requests come back to CoachDesk. Google Chat and Discord webhooks are one-way. See docs/teams-setup.md for the permissions each platform needs.</source>
        <translation>Pyyntöihisi tulevat vastaukset tulevat CoachDeskiin. Google Chatin ja Discordin webhookit ovat yksisuuntaisia. Kunkin alustan tarvitsemat oikeudet: docs/teams-setup.md.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="40"/>
        <source>Slack (app)</source>
        <translation>Slack (sovellus)</translation>
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
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Channel ID</source>
        <translation>Kanavan tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="55"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Team ID</source>
        <translation>Tiimin tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="56"/>
        <source>Token</source>
        <translation>Tunniste (token)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Tenant ID</source>
        <translation>Vuokraajan (tenant) tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="57"/>
        <source>Application ID</source>
        <translation>Sovelluksen tunnus</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="115"/>
        <source>Checking the token…</source>
        <translation>Tarkistetaan tunnistetta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="146"/>
        <source>Saved. Select the channel and sign in; then send a test message.</source>
        <translation>Tallennettu. Valitse kanava ja kirjaudu sisään; lähetä sitten testiviesti.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/compose/twoway_dialog.py" line="148"/>
        <source>Saved: %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="121"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="122"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="123"/>
        <source>&amp;Delete case…</source>
        <translation>P&amp;oista asiakkuus…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="124"/>
        <source>Delete a closed case for good</source>
        <translation>Poista päättynyt asiakkuus lopullisesti</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="145"/>
        <source>Back up the vault</source>
        <translation>Varmuuskopioi holvi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="146"/>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk-varmuuskopiot (*.cdbackup)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="164"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="171"/>
        <source>Backup saved: %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="158"/>
        <location filename="../../coachdesk/app/vault_care.py" line="178"/>
        <source>CoachDesk — Back up</source>
        <translation>CoachDesk — Varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="179"/>
        <source>The backup could not be written: %1</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="198"/>
        <source>CoachDesk — Restored</source>
        <translation>CoachDesk — Palautettu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="199"/>
        <source>The backup was restored into %1.</source>
        <translation>Varmuuskopio palautettiin kansioon %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="201"/>
        <source>Switch to it now? The current vault stays as it is.</source>
        <translation>Siirrytäänkö siihen nyt? Nykyinen holvi pysyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="202"/>
        <source>&amp;Switch to it</source>
        <translation>&amp;Siirry siihen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="203"/>
        <source>&amp;Stay here</source>
        <translation>&amp;Pysy tässä</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vault_care.py" line="207"/>
        <source>Restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Palautettu. Avaa varmuuskopion tunnuslauseella.</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="20"/>
        <source>These words are never replaced in requests and summaries — e.g. the team&apos;s own terms and project names.</source>
        <translation>Näitä sanoja ei koskaan korvata pyynnöissä ja tiivistelmissä — esim. tiimin omat termit ja hankkeiden nimet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="23"/>
        <source>&amp;Words and phrases, one per line</source>
        <translation>&amp;Sanat ja ilmaukset, yksi riville</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="25"/>
        <source>Never-scrub words and phrases</source>
        <translation>Aina säilytettävät sanat ja ilmaukset</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="29"/>
        <source>The shipped list (Kela, TE-palvelut, Perjantaipiiri …) applies too. A name alone or a contact detail is refused: those are always hidden.</source>
        <translation>Valmis luettelo (Kela, TE-palvelut, Perjantaipiiri …) on käytössä myös. Pelkkää nimeä tai yhteystietoa ei hyväksytä: ne piilotetaan aina.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/vocabulary_page.py" line="40"/>
        <source>Vocabulary</source>
        <translation>Sanasto</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../coachdesk/app/rekey_ui.py" line="32"/>
        <source>The vault is now encrypted with a new key. %n backup(s) in the data folder were made with the old key: they still open with the old passphrase and recovery key. Backups you saved elsewhere do too.</source>
        <translation>
            <numerusform>Holvi on nyt salattu uudella avaimella. Datakansion %n varmuuskopio on tehty vanhalla avaimella: se aukeaa yhä vanhalla tunnuslauseella ja palautusavaimella. Samoin muualle tallentamasi varmuuskopiot.</numerusform>
            <numerusform>Holvi on nyt salattu uudella avaimella. Datakansion %n varmuuskopiota on tehty vanhalla avaimella: ne aukeavat yhä vanhalla tunnuslauseella ja palautusavaimella. Samoin muualle tallentamasi varmuuskopiot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="37"/>
        <source>&amp;Re-encrypt with the new key</source>
        <translation>&amp;Salaa uudella avaimella</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="40"/>
        <source>&amp;Delete them</source>
        <translation>&amp;Poista ne</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="43"/>
        <source>&amp;Keep them as they are</source>
        <translation>Säilytä &amp;ennallaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="46"/>
        <source>Re-encrypted: %1, deleted: %2, kept: %3.</source>
        <translation>Salattu uudelleen: %1, poistettu: %2, säilytetty: %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/app/rekey_ui.py" line="50"/>
        <source>CoachDesk — Older backups</source>
        <translation>CoachDesk — Vanhemmat varmuuskopiot</translation>
    </message>
</context>
</TS>
