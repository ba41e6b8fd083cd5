import type { MessageKey } from './nb';

/** Nynorsk. Every key in nb.ts must be here: a missing or extra key fails typecheck. */
export const nn = {
  'app.name': 'Stafett',
  'app.description': 'Stafettloggen for betre tverrfagleg innsats (BTI)',
  'page.title': '{page} – Stafett',

  'layout.skipToMain': 'Hopp til hovudinnhaldet',
  'layout.language': 'Språk',
  'layout.signOut': 'Logg ut',
  'layout.signedInAs': 'Logga inn som {name}',
  'layout.headerHome': 'Stafett – vel kommune',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',

  'pick.title': 'Vel kommune',
  'pick.intro':
    'Stafettloggen samlar avtalar, tiltak og kven som gjer kva, når eit barn eller ein ungdom får hjelp frå fleire tenester. Vel kommunen din for å logge inn.',
  'pick.listLabel': 'Kommunar',
  'pick.empty': 'Ingen kommunar brukar Stafett enno.',
  'pick.signInFailed': 'Innlogginga vart ikkje fullført. Vel kommunen din og prøv igjen.',

  'signIn.pageTitle': 'Logg inn',
  'signIn.heading': 'Logg inn i stafettloggen',
  'signIn.intro': 'Her loggar tilsette, føresette og ungdom i {municipality} inn i stafettloggen.',
  'signIn.button': 'Logg inn med ID-porten',
  'signIn.help': 'Du loggar inn med BankID, Buypass, Commfides eller MinID.',
  'signIn.otherMunicipality': 'Vel ein annan kommune',
  'signIn.failed':
    'Innlogginga mislukkast. Prøv igjen. Går det framleis ikkje, kontakt leiaren for eininga di.',
  'signIn.cancelled': 'Innlogginga vart avbroten. Du kan prøve igjen når du vil.',
  'signIn.loggedOut': 'Du er logga ut.',
  'signIn.expiredIdle':
    'Du vart logga ut fordi du ikkje har vore aktiv på ei stund. Logg inn igjen for å halde fram.',
  'signIn.expiredAbsolute':
    'Du vart logga ut fordi du har vore logga inn i to timar. Logg inn igjen for å halde fram.',

  'home.pageTitle': 'Framside',
  'home.greeting': 'Hei, {name}',
  'home.intro': 'Du er logga inn i stafettloggen for {municipality}.',
  'home.rolesHeading': 'Rollene dine',
  'home.noRoles': 'Du har ingen roller i {municipality}.',
  'home.unitsHeading': 'Einingane dine',
  'home.noUnits': 'Du er ikkje knytt til nokon eining.',
  'home.unitDetails': '{type}, {district}',

  'role.municipality_admin': 'Kommuneadministrator (BTI-koordinator)',
  'role.district_leader': 'Områdeleiar – {name}',
  'role.unit_leader': 'Einingsleiar – {name}',
  'role.holder': 'Stafetthaldar – {name}',
  'role.actor': 'Aktør – {name}',
  'role.super_user': 'Superbrukar – {name}',
  'role.guardian': 'Føresett – {name}',
  'role.youth': 'Ungdom',

  'unitType.kindergarten': 'Barnehage',
  'unitType.school': 'Skule',
  'unitType.health_station': 'Helsestasjon',
  'unitType.school_health_service': 'Skulehelseteneste',
  'unitType.ppt': 'Pedagogisk-psykologisk teneste (PPT)',
  'unitType.child_welfare': 'Barnevern',
  'unitType.specialist_health': 'Spesialisthelseteneste',
  'unitType.nav': 'NAV',
  'unitType.family_centre': 'Familiesenter',
  'unitType.other': 'Anna teneste',

  'unit.type': 'Type teneste',
  'unit.district': 'Område',
  'unit.childrenServed': 'Barn og unge eininga gir tenester til',
  'unit.back': 'Tilbake til framsida',

  'noAccess.pageTitle': 'Inga tilgang',
  'noAccess.heading': 'Du er logga inn, men har inga rolle i {municipality}',
  'noAccess.intro':
    'Du kom deg gjennom ID-porten, men {municipality} har ikkje gitt deg tilgang til stafettloggen.',
  'noAccess.whatToDo': 'Kva kan du gjere?',
  'noAccess.staff':
    'Er du tilsett: be leiaren for eininga di om å leggje deg til som tilsett i Stafett.',
  'noAccess.guardian':
    'Er du føresett eller ungdom: kontakt barnehagen, skulen eller tenesta som følgjer opp barnet.',
  'noAccess.otherMunicipality': 'Jobbar du i ein annan kommune: vel den kommunen og logg inn der.',
  'noAccess.back': 'Tilbake til innlogginga for {municipality}',

  'idle.title': 'Vil du halde fram?',
  'idle.warningIdle_one': 'Du blir logga ut om {count} minutt fordi du ikkje har vore aktiv.',
  'idle.warningIdle_other': 'Du blir logga ut om {count} minutt fordi du ikkje har vore aktiv.',
  'idle.warningAbsolute_one':
    'Du blir logga ut om {count} minutt, fordi du har vore logga inn i to timar. Då må du logge inn på nytt.',
  'idle.warningAbsolute_other':
    'Du blir logga ut om {count} minutt, fordi du har vore logga inn i to timar. Då må du logge inn på nytt.',
  'idle.continue': 'Hald fram med å vere innlogga',
  'idle.understood': 'Eg forstår',
  'idle.extendFailed': 'Vi fekk ikkje forlengt innlogginga. Sjekk nettet og prøv igjen.',

  'error.pageTitle': 'Feil',
  'error.notFoundTitle': 'Vi finn ikkje sida',
  'error.notFound': 'Sida finst ikkje. Sjekk at adressa er rett.',
  'error.municipalityNotFoundTitle': 'Vi finn ikkje kommunen',
  'error.municipalityNotFound':
    'Vi finn ikkje kommunen «{slug}». Sjekk at adressa er rett, eller vel kommunen din frå lista.',
  'error.unitNotFound':
    'Vi finn ikkje eininga. Ho kan vere sletta, eller så høyrer ho til ein annan kommune.',
  'error.forbiddenTitle': 'Du har ikkje tilgang',
  'error.forbidden':
    'Du har ikkje tilgang til dette. Kontakt leiaren for eininga di dersom du meiner du skal ha det.',
  'error.unavailableTitle': 'Tenesta svarar ikkje',
  'error.unavailable': 'Stafett svarar ikkje akkurat no. Prøv igjen om litt.',
  'error.unexpectedTitle': 'Noko gjekk gale',
  'error.unexpected':
    'Det oppstod ein feil hos oss. Prøv igjen om litt. Held feilen fram, kontakt brukarstøtta i kommunen din.',
  'error.status': 'Feilkode: {status}',
  'error.toPick': 'Gå til Vel kommune',
  'error.toHome': 'Gå til framsida',
} as const satisfies Record<MessageKey, string>;
