/**
 * Messages of the log list pages, kept beside the main dictionaries so the pages can be built in
 * parallel. nb is the source; nn and en must have the same keys (checked by the type system).
 */
const nb = {
  'logsList.title': 'Mine stafettlogger',
  'logsList.nav': 'Stafettlogger',
  'logsList.intro': 'Her er stafettloggene du har en rolle i.',
  'logsList.create': 'Opprett stafettlogg',
  'logsList.activeHeading': 'Aktive stafettlogger',
  'logsList.passiveHeading': 'Avsluttede stafettlogger',
  'logsList.passiveHelp':
    'Avsluttede (passive) logger kan bare leses. Enhetslederen kan gjenåpne dem med nytt samtykke.',
  'logsList.noActive': 'Du har ingen aktive stafettlogger.',
  'logsList.empty.heading': 'Du har ingen stafettlogger ennå',
  'logsList.empty.what':
    'En stafettlogg samler avtaler, tiltak og hvem som gjør hva, når et barn eller en ungdom får hjelp fra flere tjenester. Familien eier loggen: de foresatte samtykker, leser alt og har siste ord om tiltakene virket.',
  'logsList.empty.holder':
    'Som stafettholder oppretter du loggen sammen med familien, når dere har et skriftlig samtykke.',
  'logsList.empty.other': 'Når du blir med i en stafettlogg, finner du den her.',
  'logsList.role.holder': 'Du er stafettholder',
  'logsList.role.actor': 'Du er aktør',
  'logsList.role.reader': 'Du har lesetilgang',
  'logsList.role.guardian': 'Du er foresatt',
  'logsList.role.youth': 'Loggen handler om deg',
  'logsList.role.unit_leader': 'Du er enhetsleder',
  'logsList.card.age': '{age} år',
  'logsList.card.unit': 'Enhet',
  'logsList.card.holder': 'Stafettholder',
  'logsList.card.level': 'Nivå',
  'logsList.card.status': 'Status',
  'logsList.card.opened': 'Opprettet',
  'logsList.card.closed': 'Avsluttet',
  'logsList.card.consent': 'Samtykke gyldig til',
  'logsList.card.noConsent': 'Ikke registrert',
  'logsList.status.active': 'Aktiv',
  'logsList.status.passive': 'Passiv',
  'logsList.status.deleted': 'Slettet',
  'logsList.consent.attention': 'Obs:',
  'logsList.consent.missing':
    'Loggen har ikke noe gyldig samtykke. Hent inn samtykke fra familien.',
  'logsList.consent.expired': 'Samtykket gikk ut {date}. Forny samtykket med familien.',
  'logsList.consent.expiresToday': 'Samtykket går ut i dag. Forny det med familien.',
  'logsList.consent.expiring_one':
    'Samtykket går ut om {count} dag ({date}). Forny det med familien.',
  'logsList.consent.expiring_other':
    'Samtykket går ut om {count} dager ({date}). Forny det med familien.',
  'logsList.unitHeading': 'Loggene i {unit}',
  'logsList.unitIntro':
    'Som enhetsleder ser du hvilke logger enheten har og hvordan samtykkene står, ikke hva som står i loggene.',
  'logsList.unitEmpty': '{unit} har ingen stafettlogger.',
  'logsList.unitLoadFailed': 'Vi fikk ikke hentet loggene i {unit}. Prøv igjen senere.',

  'logsList.home.heading': 'Stafettlogger',
  'logsList.home.text': 'Se stafettloggene du er med i.',
  'logsList.home.textHolder': 'Se stafettloggene du er med i, og opprett nye sammen med familien.',
  'logsList.home.link': 'Gå til Mine stafettlogger',

  'logsList.new.title': 'Opprett stafettlogg',
  'logsList.new.intro':
    'Fyll ut skjemaet sammen med familien. Loggen opprettes når det signerte samtykket er lastet opp, og de foresatte får straks beskjed på e-post.',
  'logsList.new.back': 'Tilbake til Mine stafettlogger',
  'logsList.new.optional': '(valgfritt)',
  'logsList.new.unitLegend': 'Enhet',
  'logsList.new.unitLabel': 'Enheten loggen hører til',
  'logsList.new.unitHelp': 'Du kan opprette logger i enhetene der du er stafettholder.',
  'logsList.new.unitChoose': 'Velg enhet',
  'logsList.new.childLegend': 'Barnet',
  'logsList.new.childName': 'Barnets fulle navn',
  'logsList.new.childNationalId': 'Barnets fødselsnummer',
  'logsList.new.nationalIdHelp': '11 siffer. D-nummer går også.',
  'logsList.new.earlierButton': 'Sjekk om barnet har hatt stafettlogg før',
  'logsList.new.earlierHelp':
    'Vi sjekker bare om det finnes en logg i kommunen, ikke hva som står i den.',
  'logsList.new.earlierHeading': 'Tidligere stafettlogger',
  'logsList.new.earlierNone': 'Barnet har ikke hatt en stafettlogg i kommunen før.',
  'logsList.new.earlierFound':
    'Barnet har hatt en stafettlogg i {unit} (opprettet {opened}, avsluttet {closed}). Innholdet vises ikke her.',
  'logsList.new.earlierActive':
    'Barnet har en aktiv stafettlogg i {unit} (opprettet {opened}). Et barn har bare én aktiv logg om gangen: be om tilgang til den, eller få den overført.',
  'logsList.new.earlierChanged':
    'Fødselsnummeret er endret etter sjekken. Sjekk på nytt for å se om barnet har hatt en logg før.',
  'logsList.new.reopenLegend': 'Ny logg eller gjenåpning',
  'logsList.new.reopenNo': 'Opprett en ny, tom logg',
  'logsList.new.reopen': 'Gjenåpne den med nytt samtykke ({unit}, opprettet {opened})',
  'logsList.new.guardiansLegend': 'Foresatte',
  'logsList.new.guardiansHelp':
    'Påkrevd for barn under 16 år. De foresatte får e-post når loggen er opprettet, og kan lese den når de logger inn.',
  'logsList.new.guardianLegend': 'Foresatt {n}',
  'logsList.new.guardianName': 'Fullt navn',
  'logsList.new.guardianNationalId': 'Fødselsnummer',
  'logsList.new.guardianEmail': 'E-post',
  'logsList.new.guardianPhone': 'Telefon',
  'logsList.new.addGuardian': 'Legg til foresatt',
  'logsList.new.removeGuardian': 'Fjern foresatt {n}',
  'logsList.new.maxGuardians': 'En logg kan ha høyst seks foresatte.',
  'logsList.new.levelLegend': 'Nivå',
  'logsList.new.levelHelp': 'Nivået bestemmer hvilke tjenester som kan være med i loggen.',
  'logsList.new.level1': 'Nivå 1 – egen tjeneste',
  'logsList.new.level1Help': 'Bare ansatte i din egen enhet kan ha ansvar for tiltak.',
  'logsList.new.level2': 'Nivå 2 – flere tjenester',
  'logsList.new.level2Help':
    'Også andre tjenester i kommunen kan være med, for eksempel helsestasjonen eller PPT.',
  'logsList.new.level3': 'Nivå 3 – barnevern eller spesialisthelsetjeneste',
  'logsList.new.level3Help': 'Også barnevernet og spesialisthelsetjenesten kan være med.',
  'logsList.new.consentLegend': 'Samtykke',
  'logsList.new.consentHelp':
    'Ingen logg uten skriftlig samtykke. Skriv inn det som står i samtykket, og last opp den signerte kopien.',
  'logsList.new.consentedBy': 'Hvem samtykket',
  'logsList.new.consentedByHelp': 'For eksempel navnene på de foresatte som signerte.',
  'logsList.new.byYouth': 'Ungdommen samtykket selv',
  'logsList.new.byYouthHelp': 'Ungdommen kan samtykke selv fra samtykkealderen (vanligvis 16 år).',
  'logsList.new.consentedOn': 'Dato samtykket ble gitt',
  'logsList.new.validUntil': 'Gyldig til',
  'logsList.new.validUntilHelp':
    'Forslaget er {months} måneder fra i dag. Endre det om samtykket sier noe annet.',
  'logsList.new.servicesLegend': 'Tjenester samtykket gjelder',
  'logsList.new.servicesHelp':
    'Kryss av for tjenestene familien har samtykket til at kan være med.',
  'logsList.new.file': 'Det signerte samtykket',
  'logsList.new.fileHelp': 'PDF, JPEG eller PNG, høyst 10 MB.',
  'logsList.new.fileAgain':
    'Velg samtykkefilen på nytt. Filen blir ikke tatt vare på når noe i skjemaet må rettes.',
  'logsList.new.submit': 'Opprett stafettlogg',
  'logsList.new.errorSummary': 'Dette må rettes før loggen kan opprettes',
  'logsList.new.conflict':
    'Barnet har allerede en aktiv stafettlogg. Et barn har bare én om gangen: be om tilgang til den, eller få den overført.',
  'logsList.new.conflictLink': 'Gå til Mine stafettlogger',
  'logsList.new.guardianAdded': 'Foresatt {n} er lagt til.',

  'logsList.error.unitId':
    'Velg en enhet der du er stafettholder. Du kan ikke opprette logger i den valgte enheten.',
  'logsList.error.childName': 'Skriv barnets fulle navn.',
  'logsList.error.childNationalId': 'Skriv barnets fødselsnummer med alle 11 sifrene.',
  'logsList.error.guardians':
    'Legg til minst én foresatt. Det er påkrevd for barn under samtykkealderen.',
  'logsList.error.guardianName': 'Skriv den foresattes fulle navn.',
  'logsList.error.guardianNationalId': 'Skriv den foresattes fødselsnummer med alle 11 sifrene.',
  'logsList.error.guardianEmail': 'Skriv en gyldig e-postadresse, eller la feltet stå tomt.',
  'logsList.error.guardianPhone': 'Skriv et gyldig telefonnummer, eller la feltet stå tomt.',
  'logsList.error.level': 'Velg nivå 1, 2 eller 3.',
  'logsList.error.consentedBy': 'Skriv hvem som har samtykket.',
  'logsList.error.byYouth':
    'Ungdommen kan samtykke selv først fra samtykkealderen. Her må de foresatte samtykke.',
  'logsList.error.consentedOn': 'Skriv datoen samtykket ble gitt.',
  'logsList.error.validUntil':
    'Skriv datoen samtykket gjelder til. Den kan ikke være før i dag eller før samtykket ble gitt.',
  'logsList.error.services': 'Velg minst én tjeneste samtykket gjelder.',
  'logsList.error.consentFile':
    'Last opp det signerte samtykket som PDF, JPEG eller PNG, høyst 10 MB.',
  'logsList.error.reopensLogId': 'Den tidligere loggen kan ikke gjenåpnes. Sjekk på nytt.',
  'logsList.error.generic': 'Noe i skjemaet må rettes. Sjekk feltene og prøv igjen.',
} as const;

type Key = keyof typeof nb;

const nn = {
  'logsList.title': 'Mine stafettloggar',
  'logsList.nav': 'Stafettloggar',
  'logsList.intro': 'Her er stafettloggane du har ei rolle i.',
  'logsList.create': 'Opprett stafettlogg',
  'logsList.activeHeading': 'Aktive stafettloggar',
  'logsList.passiveHeading': 'Avslutta stafettloggar',
  'logsList.passiveHelp':
    'Avslutta (passive) loggar kan berre lesast. Einingsleiaren kan opne dei att med nytt samtykke.',
  'logsList.noActive': 'Du har ingen aktive stafettloggar.',
  'logsList.empty.heading': 'Du har ingen stafettloggar enno',
  'logsList.empty.what':
    'Ein stafettlogg samlar avtalar, tiltak og kven som gjer kva, når eit barn eller ein ungdom får hjelp frå fleire tenester. Familien eig loggen: dei føresette samtykkjer, les alt og har siste ordet om tiltaka verka.',
  'logsList.empty.holder':
    'Som stafetthaldar opprettar du loggen saman med familien, når de har eit skriftleg samtykke.',
  'logsList.empty.other': 'Når du blir med i ein stafettlogg, finn du han her.',
  'logsList.role.holder': 'Du er stafetthaldar',
  'logsList.role.actor': 'Du er aktør',
  'logsList.role.reader': 'Du har lesetilgang',
  'logsList.role.guardian': 'Du er føresett',
  'logsList.role.youth': 'Loggen handlar om deg',
  'logsList.role.unit_leader': 'Du er einingsleiar',
  'logsList.card.age': '{age} år',
  'logsList.card.unit': 'Eining',
  'logsList.card.holder': 'Stafetthaldar',
  'logsList.card.level': 'Nivå',
  'logsList.card.status': 'Status',
  'logsList.card.opened': 'Oppretta',
  'logsList.card.closed': 'Avslutta',
  'logsList.card.consent': 'Samtykke gyldig til',
  'logsList.card.noConsent': 'Ikkje registrert',
  'logsList.status.active': 'Aktiv',
  'logsList.status.passive': 'Passiv',
  'logsList.status.deleted': 'Sletta',
  'logsList.consent.attention': 'Merk:',
  'logsList.consent.missing':
    'Loggen har ikkje noko gyldig samtykke. Hent inn samtykke frå familien.',
  'logsList.consent.expired': 'Samtykket gjekk ut {date}. Forny samtykket med familien.',
  'logsList.consent.expiresToday': 'Samtykket går ut i dag. Forny det med familien.',
  'logsList.consent.expiring_one':
    'Samtykket går ut om {count} dag ({date}). Forny det med familien.',
  'logsList.consent.expiring_other':
    'Samtykket går ut om {count} dagar ({date}). Forny det med familien.',
  'logsList.unitHeading': 'Loggane i {unit}',
  'logsList.unitIntro':
    'Som einingsleiar ser du kva loggar eininga har og korleis samtykka står, ikkje kva som står i loggane.',
  'logsList.unitEmpty': '{unit} har ingen stafettloggar.',
  'logsList.unitLoadFailed': 'Vi fekk ikkje henta loggane i {unit}. Prøv att seinare.',

  'logsList.home.heading': 'Stafettloggar',
  'logsList.home.text': 'Sjå stafettloggane du er med i.',
  'logsList.home.textHolder': 'Sjå stafettloggane du er med i, og opprett nye saman med familien.',
  'logsList.home.link': 'Gå til Mine stafettloggar',

  'logsList.new.title': 'Opprett stafettlogg',
  'logsList.new.intro':
    'Fyll ut skjemaet saman med familien. Loggen blir oppretta når det signerte samtykket er lasta opp, og dei føresette får straks melding på e-post.',
  'logsList.new.back': 'Tilbake til Mine stafettloggar',
  'logsList.new.optional': '(valfritt)',
  'logsList.new.unitLegend': 'Eining',
  'logsList.new.unitLabel': 'Eininga loggen høyrer til',
  'logsList.new.unitHelp': 'Du kan opprette loggar i einingane der du er stafetthaldar.',
  'logsList.new.unitChoose': 'Vel eining',
  'logsList.new.childLegend': 'Barnet',
  'logsList.new.childName': 'Fullt namn på barnet',
  'logsList.new.childNationalId': 'Fødselsnummeret til barnet',
  'logsList.new.nationalIdHelp': '11 siffer. D-nummer går òg.',
  'logsList.new.earlierButton': 'Sjekk om barnet har hatt stafettlogg før',
  'logsList.new.earlierHelp':
    'Vi sjekkar berre om det finst ein logg i kommunen, ikkje kva som står i han.',
  'logsList.new.earlierHeading': 'Tidlegare stafettloggar',
  'logsList.new.earlierNone': 'Barnet har ikkje hatt ein stafettlogg i kommunen før.',
  'logsList.new.earlierFound':
    'Barnet har hatt ein stafettlogg i {unit} (oppretta {opened}, avslutta {closed}). Innhaldet blir ikkje vist her.',
  'logsList.new.earlierActive':
    'Barnet har ein aktiv stafettlogg i {unit} (oppretta {opened}). Eit barn har berre éin aktiv logg om gongen: be om tilgang til han, eller få han overført.',
  'logsList.new.earlierChanged':
    'Fødselsnummeret er endra etter sjekken. Sjekk på nytt for å sjå om barnet har hatt ein logg før.',
  'logsList.new.reopenLegend': 'Ny logg eller gjenopning',
  'logsList.new.reopenNo': 'Opprett ein ny, tom logg',
  'logsList.new.reopen': 'Opne han att med nytt samtykke ({unit}, oppretta {opened})',
  'logsList.new.guardiansLegend': 'Føresette',
  'logsList.new.guardiansHelp':
    'Påkravd for barn under 16 år. Dei føresette får e-post når loggen er oppretta, og kan lese han når dei loggar inn.',
  'logsList.new.guardianLegend': 'Føresett {n}',
  'logsList.new.guardianName': 'Fullt namn',
  'logsList.new.guardianNationalId': 'Fødselsnummer',
  'logsList.new.guardianEmail': 'E-post',
  'logsList.new.guardianPhone': 'Telefon',
  'logsList.new.addGuardian': 'Legg til føresett',
  'logsList.new.removeGuardian': 'Fjern føresett {n}',
  'logsList.new.maxGuardians': 'Ein logg kan ha høgst seks føresette.',
  'logsList.new.levelLegend': 'Nivå',
  'logsList.new.levelHelp': 'Nivået avgjer kva tenester som kan vere med i loggen.',
  'logsList.new.level1': 'Nivå 1 – eiga teneste',
  'logsList.new.level1Help': 'Berre tilsette i di eiga eining kan ha ansvar for tiltak.',
  'logsList.new.level2': 'Nivå 2 – fleire tenester',
  'logsList.new.level2Help':
    'Òg andre tenester i kommunen kan vere med, til dømes helsestasjonen eller PPT.',
  'logsList.new.level3': 'Nivå 3 – barnevern eller spesialisthelseteneste',
  'logsList.new.level3Help': 'Òg barnevernet og spesialisthelsetenesta kan vere med.',
  'logsList.new.consentLegend': 'Samtykke',
  'logsList.new.consentHelp':
    'Ingen logg utan skriftleg samtykke. Skriv inn det som står i samtykket, og last opp den signerte kopien.',
  'logsList.new.consentedBy': 'Kven samtykte',
  'logsList.new.consentedByHelp': 'Til dømes namna på dei føresette som signerte.',
  'logsList.new.byYouth': 'Ungdommen samtykte sjølv',
  'logsList.new.byYouthHelp':
    'Ungdommen kan samtykkje sjølv frå samtykkealderen (vanlegvis 16 år).',
  'logsList.new.consentedOn': 'Dato samtykket vart gitt',
  'logsList.new.validUntil': 'Gyldig til',
  'logsList.new.validUntilHelp':
    'Framlegget er {months} månader frå i dag. Endre det om samtykket seier noko anna.',
  'logsList.new.servicesLegend': 'Tenester samtykket gjeld',
  'logsList.new.servicesHelp': 'Kryss av for tenestene familien har samtykt til at kan vere med.',
  'logsList.new.file': 'Det signerte samtykket',
  'logsList.new.fileHelp': 'PDF, JPEG eller PNG, høgst 10 MB.',
  'logsList.new.fileAgain':
    'Vel samtykkefila på nytt. Fila blir ikkje teken vare på når noko i skjemaet må rettast.',
  'logsList.new.submit': 'Opprett stafettlogg',
  'logsList.new.errorSummary': 'Dette må rettast før loggen kan opprettast',
  'logsList.new.conflict':
    'Barnet har allereie ein aktiv stafettlogg. Eit barn har berre éin om gongen: be om tilgang til han, eller få han overført.',
  'logsList.new.conflictLink': 'Gå til Mine stafettloggar',
  'logsList.new.guardianAdded': 'Føresett {n} er lagd til.',

  'logsList.error.unitId':
    'Vel ei eining der du er stafetthaldar. Du kan ikkje opprette loggar i den valde eininga.',
  'logsList.error.childName': 'Skriv fullt namn på barnet.',
  'logsList.error.childNationalId': 'Skriv fødselsnummeret til barnet med alle 11 sifra.',
  'logsList.error.guardians':
    'Legg til minst éin føresett. Det er påkravd for barn under samtykkealderen.',
  'logsList.error.guardianName': 'Skriv fullt namn på den føresette.',
  'logsList.error.guardianNationalId': 'Skriv fødselsnummeret til den føresette med alle 11 sifra.',
  'logsList.error.guardianEmail': 'Skriv ei gyldig e-postadresse, eller la feltet stå tomt.',
  'logsList.error.guardianPhone': 'Skriv eit gyldig telefonnummer, eller la feltet stå tomt.',
  'logsList.error.level': 'Vel nivå 1, 2 eller 3.',
  'logsList.error.consentedBy': 'Skriv kven som har samtykt.',
  'logsList.error.byYouth':
    'Ungdommen kan samtykkje sjølv først frå samtykkealderen. Her må dei føresette samtykkje.',
  'logsList.error.consentedOn': 'Skriv datoen samtykket vart gitt.',
  'logsList.error.validUntil':
    'Skriv datoen samtykket gjeld til. Han kan ikkje vere før i dag eller før samtykket vart gitt.',
  'logsList.error.services': 'Vel minst éi teneste samtykket gjeld.',
  'logsList.error.consentFile':
    'Last opp det signerte samtykket som PDF, JPEG eller PNG, høgst 10 MB.',
  'logsList.error.reopensLogId': 'Den tidlegare loggen kan ikkje opnast att. Sjekk på nytt.',
  'logsList.error.generic': 'Noko i skjemaet må rettast. Sjekk felta og prøv att.',
} as const satisfies Record<Key, string>;

const en = {
  'logsList.title': 'My relay logs',
  'logsList.nav': 'Relay logs',
  'logsList.intro': 'These are the relay logs you have a role in.',
  'logsList.create': 'Create a relay log',
  'logsList.activeHeading': 'Active relay logs',
  'logsList.passiveHeading': 'Closed relay logs',
  'logsList.passiveHelp':
    'Closed (passive) logs are read-only. The unit leader can reopen them with new consent.',
  'logsList.noActive': 'You have no active relay logs.',
  'logsList.empty.heading': 'You have no relay logs yet',
  'logsList.empty.what':
    'A relay log gathers agreements, measures and who does what when a child or young person gets help from several services. The family owns the log: the guardians consent, read everything and have the last word on whether a measure worked.',
  'logsList.empty.holder':
    'As a holder you create the log together with the family, once you have their written consent.',
  'logsList.empty.other': 'When you take part in a relay log, you will find it here.',
  'logsList.role.holder': 'You are the holder',
  'logsList.role.actor': 'You are an actor',
  'logsList.role.reader': 'You have read access',
  'logsList.role.guardian': 'You are a guardian',
  'logsList.role.youth': 'The log is about you',
  'logsList.role.unit_leader': 'You are the unit leader',
  'logsList.card.age': '{age} years',
  'logsList.card.unit': 'Unit',
  'logsList.card.holder': 'Holder',
  'logsList.card.level': 'Level',
  'logsList.card.status': 'Status',
  'logsList.card.opened': 'Created',
  'logsList.card.closed': 'Closed',
  'logsList.card.consent': 'Consent valid until',
  'logsList.card.noConsent': 'Not recorded',
  'logsList.status.active': 'Active',
  'logsList.status.passive': 'Passive',
  'logsList.status.deleted': 'Deleted',
  'logsList.consent.attention': 'Note:',
  'logsList.consent.missing': 'The log has no valid consent. Get consent from the family.',
  'logsList.consent.expired': 'The consent expired on {date}. Renew it with the family.',
  'logsList.consent.expiresToday': 'The consent expires today. Renew it with the family.',
  'logsList.consent.expiring_one':
    'The consent expires in {count} day ({date}). Renew it with the family.',
  'logsList.consent.expiring_other':
    'The consent expires in {count} days ({date}). Renew it with the family.',
  'logsList.unitHeading': 'The logs of {unit}',
  'logsList.unitIntro':
    'As unit leader you see which logs the unit has and how their consents stand, not what the logs say.',
  'logsList.unitEmpty': '{unit} has no relay logs.',
  'logsList.unitLoadFailed': 'We could not fetch the logs of {unit}. Try again later.',

  'logsList.home.heading': 'Relay logs',
  'logsList.home.text': 'See the relay logs you take part in.',
  'logsList.home.textHolder':
    'See the relay logs you take part in, and create new ones together with the family.',
  'logsList.home.link': 'Go to My relay logs',

  'logsList.new.title': 'Create a relay log',
  'logsList.new.intro':
    'Fill in the form together with the family. The log is created when the signed consent is uploaded, and the guardians are told by e-mail at once.',
  'logsList.new.back': 'Back to My relay logs',
  'logsList.new.optional': '(optional)',
  'logsList.new.unitLegend': 'Unit',
  'logsList.new.unitLabel': 'The unit the log belongs to',
  'logsList.new.unitHelp': 'You can create logs in the units where you are a holder.',
  'logsList.new.unitChoose': 'Choose a unit',
  'logsList.new.childLegend': 'The child',
  'logsList.new.childName': "The child's full name",
  'logsList.new.childNationalId': "The child's national identity number",
  'logsList.new.nationalIdHelp': '11 digits. A D-number works too.',
  'logsList.new.earlierButton': 'Check whether the child has had a relay log before',
  'logsList.new.earlierHelp':
    'We only check whether a log exists in the municipality, not what it says.',
  'logsList.new.earlierHeading': 'Earlier relay logs',
  'logsList.new.earlierNone': 'The child has not had a relay log in the municipality before.',
  'logsList.new.earlierFound':
    'The child has had a relay log in {unit} (created {opened}, closed {closed}). Its content is not shown here.',
  'logsList.new.earlierActive':
    'The child has an active relay log in {unit} (created {opened}). A child has only one active log at a time: ask for access to it, or have it transferred.',
  'logsList.new.earlierChanged':
    'The national identity number changed after the check. Check again to see whether the child has had a log before.',
  'logsList.new.reopenLegend': 'New log or reopening',
  'logsList.new.reopenNo': 'Create a new, empty log',
  'logsList.new.reopen': 'Reopen it with new consent ({unit}, created {opened})',
  'logsList.new.guardiansLegend': 'Guardians',
  'logsList.new.guardiansHelp':
    'Required for children under 16. The guardians are e-mailed when the log is created, and can read it when they sign in.',
  'logsList.new.guardianLegend': 'Guardian {n}',
  'logsList.new.guardianName': 'Full name',
  'logsList.new.guardianNationalId': 'National identity number',
  'logsList.new.guardianEmail': 'E-mail',
  'logsList.new.guardianPhone': 'Phone',
  'logsList.new.addGuardian': 'Add a guardian',
  'logsList.new.removeGuardian': 'Remove guardian {n}',
  'logsList.new.maxGuardians': 'A log can have at most six guardians.',
  'logsList.new.levelLegend': 'Level',
  'logsList.new.levelHelp': 'The level decides which services can take part in the log.',
  'logsList.new.level1': 'Level 1 – own service',
  'logsList.new.level1Help': 'Only staff of your own unit can be responsible for measures.',
  'logsList.new.level2': 'Level 2 – several services',
  'logsList.new.level2Help':
    'Other services of the municipality can take part too, such as the health station or PPT.',
  'logsList.new.level3': 'Level 3 – child welfare or specialist health care',
  'logsList.new.level3Help': 'Child welfare and specialist health care can take part too.',
  'logsList.new.consentLegend': 'Consent',
  'logsList.new.consentHelp':
    'No log without written consent. Enter what the consent says and upload the signed copy.',
  'logsList.new.consentedBy': 'Who consented',
  'logsList.new.consentedByHelp': 'For example the names of the guardians who signed.',
  'logsList.new.byYouth': 'The young person consented themselves',
  'logsList.new.byYouthHelp':
    'A young person can consent themselves from the consent age (usually 16).',
  'logsList.new.consentedOn': 'Date the consent was given',
  'logsList.new.validUntil': 'Valid until',
  'logsList.new.validUntilHelp':
    'We suggest {months} months from today. Change it if the consent says otherwise.',
  'logsList.new.servicesLegend': 'Services the consent covers',
  'logsList.new.servicesHelp': 'Tick the services the family has agreed may take part.',
  'logsList.new.file': 'The signed consent',
  'logsList.new.fileHelp': 'PDF, JPEG or PNG, at most 10 MB.',
  'logsList.new.fileAgain':
    'Choose the consent file again. The file is not kept when something in the form must be corrected.',
  'logsList.new.submit': 'Create the relay log',
  'logsList.new.errorSummary': 'Correct this before the log can be created',
  'logsList.new.conflict':
    'The child already has an active relay log. A child has only one at a time: ask for access to it, or have it transferred.',
  'logsList.new.conflictLink': 'Go to My relay logs',
  'logsList.new.guardianAdded': 'Guardian {n} was added.',

  'logsList.error.unitId':
    'Choose a unit where you are a holder. You cannot create logs in the unit chosen.',
  'logsList.error.childName': "Enter the child's full name.",
  'logsList.error.childNationalId': "Enter all 11 digits of the child's national identity number.",
  'logsList.error.guardians':
    'Add at least one guardian. This is required for children under the consent age.',
  'logsList.error.guardianName': "Enter the guardian's full name.",
  'logsList.error.guardianNationalId':
    "Enter all 11 digits of the guardian's national identity number.",
  'logsList.error.guardianEmail': 'Enter a valid e-mail address, or leave the field empty.',
  'logsList.error.guardianPhone': 'Enter a valid phone number, or leave the field empty.',
  'logsList.error.level': 'Choose level 1, 2 or 3.',
  'logsList.error.consentedBy': 'Enter who consented.',
  'logsList.error.byYouth':
    'A young person can consent themselves only from the consent age. Here the guardians must consent.',
  'logsList.error.consentedOn': 'Enter the date the consent was given.',
  'logsList.error.validUntil':
    'Enter the date the consent is valid until. It cannot be before today or before the consent was given.',
  'logsList.error.services': 'Choose at least one service the consent covers.',
  'logsList.error.consentFile': 'Upload the signed consent as PDF, JPEG or PNG, at most 10 MB.',
  'logsList.error.reopensLogId': 'The earlier log cannot be reopened. Check again.',
  'logsList.error.generic':
    'Something in the form must be corrected. Check the fields and try again.',
} as const satisfies Record<Key, string>;

export const logsListMessages = { nb, nn, en };
