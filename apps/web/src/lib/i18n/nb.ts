/**
 * Bokmål — the source of every message key. nn.ts and en.ts must have exactly the same keys
 * (checked by the type system and by i18n.test.ts). Placeholders are written {name}.
 * Keys ending in _one/_other are plural forms, chosen with Intl.PluralRules.
 */
export const nb = {
  'app.name': 'Stafett',
  'app.description': 'Stafettloggen for bedre tverrfaglig innsats (BTI)',
  'page.title': '{page} – Stafett',

  'layout.skipToMain': 'Hopp til hovedinnholdet',
  'layout.language': 'Språk',
  'layout.signOut': 'Logg ut',
  'layout.signedInAs': 'Logget inn som {name}',
  'layout.headerHome': 'Stafett – velg kommune',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',

  'pick.title': 'Velg kommune',
  'pick.intro':
    'Stafettloggen samler avtaler, tiltak og hvem som gjør hva, når et barn eller en ungdom får hjelp fra flere tjenester. Velg kommunen din for å logge inn.',
  'pick.listLabel': 'Kommuner',
  'pick.empty': 'Ingen kommuner bruker Stafett ennå.',
  'pick.signInFailed': 'Innloggingen ble ikke fullført. Velg kommunen din og prøv igjen.',

  'signIn.pageTitle': 'Logg inn',
  'signIn.heading': 'Logg inn i stafettloggen',
  'signIn.intro': 'Her logger ansatte, foresatte og ungdom i {municipality} inn i stafettloggen.',
  'signIn.button': 'Logg inn med ID-porten',
  'signIn.help': 'Du logger inn med BankID, Buypass, Commfides eller MinID.',
  'signIn.otherMunicipality': 'Velg en annen kommune',
  'signIn.failed':
    'Innloggingen mislyktes. Prøv igjen. Går det fortsatt ikke, kontakt lederen for enheten din.',
  'signIn.cancelled': 'Innloggingen ble avbrutt. Du kan prøve igjen når du vil.',
  'signIn.loggedOut': 'Du er logget ut.',
  'signIn.expiredIdle':
    'Du ble logget ut fordi du ikke har vært aktiv på en stund. Logg inn igjen for å fortsette.',
  'signIn.expiredAbsolute':
    'Du ble logget ut fordi du har vært logget inn i to timer. Logg inn igjen for å fortsette.',

  'home.pageTitle': 'Forside',
  'home.greeting': 'Hei, {name}',
  'home.intro': 'Du er logget inn i stafettloggen for {municipality}.',
  'home.rolesHeading': 'Rollene dine',
  'home.noRoles': 'Du har ingen roller i {municipality}.',
  'home.unitsHeading': 'Enhetene dine',
  'home.noUnits': 'Du er ikke knyttet til noen enhet.',
  'home.unitDetails': '{type}, {district}',

  'role.municipality_admin': 'Kommuneadministrator (BTI-koordinator)',
  'role.district_leader': 'Områdeleder – {name}',
  'role.unit_leader': 'Enhetsleder – {name}',
  'role.holder': 'Stafettholder – {name}',
  'role.actor': 'Aktør – {name}',
  'role.super_user': 'Superbruker – {name}',
  'role.guardian': 'Foresatt – {name}',
  'role.youth': 'Ungdom',

  'unitType.kindergarten': 'Barnehage',
  'unitType.school': 'Skole',
  'unitType.health_station': 'Helsestasjon',
  'unitType.school_health_service': 'Skolehelsetjeneste',
  'unitType.ppt': 'Pedagogisk-psykologisk tjeneste (PPT)',
  'unitType.child_welfare': 'Barnevern',
  'unitType.specialist_health': 'Spesialisthelsetjeneste',
  'unitType.nav': 'NAV',
  'unitType.family_centre': 'Familiesenter',
  'unitType.other': 'Annen tjeneste',

  'unit.type': 'Type tjeneste',
  'unit.district': 'Område',
  'unit.childrenServed': 'Barn og unge enheten gir tjenester til',
  'unit.back': 'Tilbake til forsiden',

  'noAccess.pageTitle': 'Ingen tilgang',
  'noAccess.heading': 'Du er logget inn, men har ingen rolle i {municipality}',
  'noAccess.intro':
    'Du kom deg gjennom ID-porten, men {municipality} har ikke gitt deg tilgang til stafettloggen.',
  'noAccess.whatToDo': 'Hva kan du gjøre?',
  'noAccess.staff':
    'Er du ansatt: be lederen for enheten din om å legge deg til som ansatt i Stafett.',
  'noAccess.guardian':
    'Er du foresatt eller ungdom: kontakt barnehagen, skolen eller tjenesten som følger opp barnet.',
  'noAccess.otherMunicipality': 'Jobber du i en annen kommune: velg den kommunen og logg inn der.',
  'noAccess.back': 'Tilbake til innloggingen for {municipality}',

  'idle.title': 'Vil du fortsette?',
  'idle.warningIdle_one': 'Du blir logget ut om {count} minutt på grunn av inaktivitet.',
  'idle.warningIdle_other': 'Du blir logget ut om {count} minutter på grunn av inaktivitet.',
  'idle.warningAbsolute_one':
    'Du blir logget ut om {count} minutt, fordi du har vært logget inn i to timer. Da må du logge inn på nytt.',
  'idle.warningAbsolute_other':
    'Du blir logget ut om {count} minutter, fordi du har vært logget inn i to timer. Da må du logge inn på nytt.',
  'idle.continue': 'Fortsett å være innlogget',
  'idle.understood': 'Jeg forstår',
  'idle.extendFailed': 'Vi fikk ikke forlenget innloggingen. Sjekk nettet og prøv igjen.',

  'error.pageTitle': 'Feil',
  'error.notFoundTitle': 'Vi finner ikke siden',
  'error.notFound': 'Siden finnes ikke. Sjekk at adressen er riktig.',
  'error.municipalityNotFoundTitle': 'Vi finner ikke kommunen',
  'error.municipalityNotFound':
    'Vi finner ikke kommunen «{slug}». Sjekk at adressen er riktig, eller velg kommunen din fra listen.',
  'error.unitNotFound':
    'Vi finner ikke enheten. Den kan være slettet, eller så hører den til en annen kommune.',
  'error.forbiddenTitle': 'Du har ikke tilgang',
  'error.forbidden':
    'Du har ikke tilgang til dette. Kontakt lederen for enheten din hvis du mener du skal ha det.',
  'error.unavailableTitle': 'Tjenesten svarer ikke',
  'error.unavailable': 'Stafett svarer ikke akkurat nå. Prøv igjen om litt.',
  'error.unexpectedTitle': 'Noe gikk galt',
  'error.unexpected':
    'Det oppstod en feil hos oss. Prøv igjen om litt. Fortsetter feilen, kontakt brukerstøtten i kommunen din.',
  'error.status': 'Feilkode: {status}',
  'error.toPick': 'Gå til Velg kommune',
  'error.toHome': 'Gå til forsiden',
} as const;

export type MessageKey = keyof typeof nb;
