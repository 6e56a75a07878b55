"""A demo vault with realistic, entirely synthetic cases in Finnish and English."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.domain import models as m
from coachdesk.errors import CoachDeskError, VaultExists
from coachdesk.textsafe import shown

if TYPE_CHECKING:
    from coachdesk.vault.keys import KdfParams
    from coachdesk.vault.vault import Vault

DEMO_PASSPHRASE = "demo-coachdesk"

# (code, pseudonym, status, phase, payer, tags, identifying details, summary, notes, goals, measures)
CASES = [
    (
        "K-2026-001", "Metsätie", m.CaseStatus.ACTIVE, m.Phase.WORK_TRIAL, m.Payer.KELA,
        ["masennus", "työkokeilu"],
        [("Liisa Mäkelä", m.IdentifierKind.NAME), ("Kangasala", m.IdentifierKind.PLACE),
         ("Pirkan Puutarha Oy", m.IdentifierKind.EMPLOYER)],
        "Palaa työhön pitkän masennusjakson jälkeen; työkokeilu puutarha-alalla.",
        [
            (60, "Ensitapaaminen. Asiakas kertoi pitkästä sairauslomasta ja masennuksesta. Uni on parantunut, "
                 "mutta aamut ovat raskaita. Sovimme kartoituksesta ja työkykykeskustelusta."),
            (45, "Kävimme läpi vahvuuksia: tarkkuus, kasvien hoito, rauhallinen työtahti. Työkokeilu "
                 "puutarhalla kiinnostaa, neljä tuntia päivässä alkuun."),
            (50, "Työkokeilu alkoi. Ensimmäinen viikko sujui, väsymys iltapäivisin. Puhuimme taukojen "
                 "merkityksestä ja siitä, miten kertoa esihenkilölle jaksamisesta."),
            (40, "Ahdistus lisääntyi, kun työnjohtaja ehdotti pidempiä päiviä. Harjoittelimme, miten sanoa "
                 "ei ja sopia portaittaisesta lisäyksestä."),
        ],
        [("Työpäivän pituus", {-2: "alle 2 h", -1: "2-3 h", 0: "4 h", 1: "5-6 h", 2: "täysi päivä"}, -1, 0),
         ("Aamurutiini", {-2: "ei rutiinia", 0: "herätys klo 7 arkisin", 2: "rutiini myös lomalla"}, -2, 0)],
        [(m.MeasureKind.WAS, [4, 5, 5, 6])],
    ),
    (
        "K-2026-002", "Kallio", m.CaseStatus.ACTIVE, m.Phase.GOALS, m.Payer.PENSION_INSURER,
        ["krooninen kipu", "uudelleenkoulutus"],
        [("Jarmo Lehtinen", m.IdentifierKind.NAME), ("Valkeakoski", m.IdentifierKind.PLACE)],
        "Selkäkipu estää entisen työn; selvitetään uudelleenkoulutusta.",
        [
            (60, "Selkäkipu on jatkunut kaksi vuotta. Entinen työ varastossa ei enää onnistu. Kipu vaihtelee, "
                 "VAS 6/10. Kiinnostus tietotekniikkaan."),
            (45, "Työkyvyn arviossa suositeltiin uudelleenkoulutusta. Kävimme läpi vaihtoehtoja ja "
                 "opiskelutaitoja. Jännittää paluu koulunpenkille."),
            (30, "Puhelu: hakemus ammatilliseen kuntoutukseen lähetetty. Kivun kanssa päivät vaihtelevat."),
        ],
        [("Koulutusvalinta", {-2: "ei vaihtoehtoja", 0: "kaksi vaihtoehtoa", 2: "hakemus jätetty"}, -1, 1)],
        [(m.MeasureKind.WAI, [22, 24, 27])],
    ),
    (
        "K-2026-003", "Harbour", m.CaseStatus.ACTIVE, m.Phase.JOB_COACHING, m.Payer.TE_SERVICES,
        ["burnout", "job search"],
        [("Sarah Collins", m.IdentifierKind.NAME), ("Espoo", m.IdentifierKind.PLACE)],
        "Former project manager recovering from burnout; looking for part-time work.",
        [
            (60, "First meeting. Burnout after years of long hours. Sleep and concentration improving. "
                 "Wants part-time work first, in English or simple Finnish."),
            (45, "CV review. Strong planning skills; anxious about interviews. Practised a short story "
                 "about the career break."),
            (45, "Two applications sent. Talked about energy budget and recovery days."),
        ],
        [("Applications per week", {-2: "none", 0: "two", 2: "four or more"}, -2, 0)],
        [(m.MeasureKind.WAS, [5, 6, 6])],
    ),
    (
        "K-2026-004", "Sininen", m.CaseStatus.PAUSED, m.Phase.MAPPING, m.Payer.OCCUPATIONAL_HEALTH,
        ["ahdistus", "kuulovamma"],
        [("Pekka Nurmi", m.IdentifierKind.NAME)],
        "Kuulon heikkeneminen ja ahdistus asiakaspalvelutyössä; tauolla leikkauksen vuoksi.",
        [
            (50, "Kuulo on heikentynyt ja puhelintyö kuormittaa. Ahdistus ennen työvuoroja. Selvitetään "
                 "apuvälineitä ja työtehtävien muokkausta työterveyshuollon kanssa."),
            (30, "Asiakas ilmoitti tauosta leikkauksen vuoksi. Palataan asiaan kuukauden päästä."),
        ],
        [],
        [],
    ),
    (
        "K-2025-031", "Lähde", m.CaseStatus.CLOSED, m.Phase.CLOSED, m.Payer.KELA,
        ["uupumus"],
        [("Anna Virtanen", m.IdentifierKind.NAME)],
        "Palasi osa-aikaiseen työhön; prosessi päättyi.",
        [(45, "Loppukeskustelu. Osa-aikatyö jatkuu, jaksaminen parempi. Asiakas kiitti tuesta.")],
        [],
        [(m.MeasureKind.WAS, [3, 5, 7])],
    ),
]

REFLECTIONS = [
    ("gibbs", 0, "Työkokeilun venyvät päivät", {
        "description": "Asiakas kertoi, että työnjohtaja ehdotti pidempiä päiviä jo toisella viikolla.",
        "feelings": "Huolestuin ja tunsin turhautumista, koska sovimme portaittaisesta etenemisestä.",
        "evaluation": "Hyvää: asiakas otti asian puheeksi. Huonoa: en ollut sopinut seurannasta työpaikan kanssa.",
        "analysis": "Työpaikalla ei ehkä ymmärretä masennuksesta toipumisen hitautta.",
        "conclusion": "Olisin voinut sopia kolmikantapalaverin heti alussa.",
        "action_plan": "Ehdotan verkostotapaamista ja kirjallista suunnitelmaa työajan lisäämisestä.",
    }),
    ("driscoll", 2, "Interview nerves", {
        "what": "The client froze when we practised the question about the career break.",
        "so_what": "Shame about the burnout is bigger than I thought; the story needs to feel true to them.",
        "now_what": "Next time we write the story together and practise it in small steps.",
    }),
    ("in_action", None, "Oma jaksaminen", {
        "moment": "Kolme raskasta tapaamista peräkkäin.",
        "noticed": "Kuuntelin huonommin viimeisessä tapaamisessa.",
        "next": "Varaan tauon raskaiden tapaamisten väliin.",
    }),
]


def fill_demo(vault: Vault) -> None:
    """Add the synthetic cases, notes, goals, measures and reflections to an open vault."""
    store = vault.store
    today = date.today()
    case_ids: list[int] = []
    for index, (code, pseudo, status, phase, payer, tags, idents, summary, notes, goals, measures) in enumerate(CASES):
        opened = today - timedelta(days=120 - index * 10)
        case = store.create_case(
            m.Case(
                code=code, pseudonym=pseudo, status=status, phase=phase, payer=payer, tags=tags,
                opened=opened, closed=today - timedelta(days=20) if status is m.CaseStatus.CLOSED else None,
                summary=summary, identifiers=[m.Identifier(value=v, kind=k) for v, k in idents],
            )
        )
        assert case.id is not None  # create_case returns the saved case
        case_ids.append(case.id)
        for n, (minutes, text) in enumerate(notes):
            store.add_note(
                m.Note(case_id=case.id, text=text, duration_min=minutes,
                       date=opened + timedelta(days=14 * n + 1),
                       kind=m.NoteKind.PHONE if minutes <= 30 else m.NoteKind.MEETING)
            )
        for pos, (title, levels, baseline, current) in enumerate(goals):
            store.add_goal(m.Goal(case_id=case.id, title=title, levels=levels, baseline=baseline,
                                  current=current, position=pos))
        for kind, values in measures:
            for k, value in enumerate(values):
                store.add_measure(m.Measure(case_id=case.id, kind=kind, value=value,
                                            date=opened + timedelta(days=21 * k)))
    for template, case_index, title, answers in REFLECTIONS:
        store.add_reflection(
            m.Reflection(template=template, title=title, answers=answers,
                         case_id=case_ids[case_index] if case_index is not None else None,
                         date=today - timedelta(days=3))
        )


class NotADemoVault(CoachDeskError):
    """'demo --force' found a vault that is not a demo vault: nothing is replaced."""

    def __init__(self, where: object) -> None:
        super().__init__(
            f"The vault in {shown(where)} is not a demo vault: 'demo --force' replaces only a demo vault; "
            "nothing was changed.",
        )


def _is_replaceable_demo(data_dir: Path) -> bool:
    """The folder holds a whole demo vault: its header says demo and the database is beside it."""
    from coachdesk.vault.peek import DB_NAME, is_demo_vault

    return is_demo_vault(data_dir) and (data_dir / DB_NAME).is_file()


def create_demo_vault(data_dir: Path, *, replace: bool = False, kdf: KdfParams | None = None) -> None:
    """Create (or with ``replace`` recreate) a demo vault in ``data_dir``.

    ``replace`` only ever replaces a demo vault (its header says so); any other vault, or what
    is left of one, is refused whatever the flags. Nothing is deleted before the vault lock is
    held, so a vault open in another process is refused with every file in place."""
    from coachdesk.vault.lockfile import VaultLock
    from coachdesk.vault.vault import Vault, VaultPaths, remove_vault_files, vault_exists

    data_dir = Path(data_dir)
    if not vault_exists(data_dir):
        vault, _recovery = Vault.create(data_dir, DEMO_PASSPHRASE, kdf=kdf, demo=True)
    else:
        if not replace:
            raise VaultExists(data_dir)
        if not _is_replaceable_demo(data_dir):
            raise NotADemoVault(data_dir)
        lock = VaultLock(VaultPaths(data_dir).lock).acquire()  # VaultInUse: nothing touched
        try:
            if not _is_replaceable_demo(data_dir):  # it may have changed before we held the lock
                raise NotADemoVault(data_dir)
            remove_vault_files(data_dir)
            vault, _recovery = Vault.create(data_dir, DEMO_PASSPHRASE, kdf=kdf, demo=True, lock=lock)
        except BaseException:
            lock.release()
            raise
    with vault:
        fill_demo(vault)
