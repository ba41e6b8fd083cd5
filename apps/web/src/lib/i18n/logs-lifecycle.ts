/**
 * Messages of closing, withdrawing consent, deletion requests, and the unit leader's page of
 * passive logs (DOMAIN.md L6, L7), beside the main dictionaries like logs-page.ts. nb is the
 * source; nn and en must have the same keys (checked by the type system).
 */
const nb = {
  'lifecycle.passive.heading': 'Loggen er avsluttet (passiv)',
  'lifecycle.passive.closedOn': 'Avsluttet {date}.',
  'lifecycle.passive.reason': 'Årsak: {reason}',
  'lifecycle.passive.readOnly':
    'Loggen kan bare leses. Bare enhetslederen kan gjenåpne den, med nytt samtykke.',
  'lifecycle.actions.label': 'Loggens livsløp',
  'lifecycle.actions.close': 'Avslutt loggen',
  'lifecycle.actions.withdraw': 'Trekk samtykket',
  'lifecycle.actions.requestDeletion': 'Be om sletting',
  'lifecycle.actions.deletionRequested': 'Dere ba om sletting {date}. Enhetslederen svarer.',
  'lifecycle.back': 'Tilbake til loggen',
  'lifecycle.notAllowed': 'Du kan ikke gjøre dette i denne loggen nå.',
  'lifecycle.failed': 'Det ble ikke lagret.',

  'lifecycle.close.title': 'Avslutt stafettloggen for {name}',
  'lifecycle.close.intro':
    'Avslutt loggen når det ikke lenger trengs samordnet innsats, eller når det er laget en individuell plan. Loggen blir passiv: den kan bare leses, og den står fortsatt i listen din.',
  'lifecycle.close.archive':
    'En arkiv-PDF av loggen skal til barnets mappe i arkivet innen 14 dager etter at loggen er avsluttet.',
  'lifecycle.close.individualPlan': 'Det er laget en individuell plan',
  'lifecycle.close.individualPlanHelp': 'Årsaken blir da «Individuell plan opprettet».',
  'lifecycle.close.reason': 'Årsak (valgfritt)',
  'lifecycle.close.reasonHelp': 'Skriv kort hvorfor. Familien og andre med tilgang kan lese det.',
  'lifecycle.close.confirm': 'Jeg vil avslutte loggen. Jeg vet at den da bare kan leses.',
  'lifecycle.close.confirmMissing': 'Kryss av for at du vil avslutte loggen.',
  'lifecycle.close.submit': 'Avslutt loggen',

  'lifecycle.withdraw.title': 'Trekk samtykket til stafettloggen for {name}',
  'lifecycle.withdraw.intro':
    'Dere kan trekke samtykket når som helst, og dere trenger ikke si hvorfor.',
  'lifecycle.withdraw.effect':
    'Loggen avsluttes med en gang. Ingen kan skrive mer i den, og stafettholderen får beskjed på e-post. Det som står i loggen, blir liggende og arkiveres slik loven krever.',
  'lifecycle.withdraw.deletion':
    'Vil dere også at opplysningene skal slettes, kan dere be om sletting etterpå.',
  'lifecycle.withdraw.submit': 'Trekk samtykket og avslutt loggen',

  'lifecycle.deletion.title': 'Be om at stafettloggen for {name} slettes',
  'lifecycle.deletion.intro':
    'Dere kan kreve at opplysningene i loggen slettes. Forespørselen går til enhetslederen, som svarer dere.',
  'lifecycle.deletion.rule':
    'En logg kan bare slettes når den er avsluttet og arkiv-PDF-en er laget. Da slettes alt om barnet; bare anonyme tall blir igjen til statistikk.',
  'lifecycle.deletion.submit': 'Send forespørselen',
  'lifecycle.deletion.sent': 'Forespørselen er sendt {date}. Enhetslederen svarer dere.',
  'lifecycle.deletion.answered':
    'Enhetslederen svarte på forespørselen om sletting {date}: «{answer}»',

  'lifecycle.unit.title': 'Avsluttede logger – {unit}',
  'lifecycle.unit.back': 'Tilbake til enheten',
  'lifecycle.unit.link': 'Avsluttede logger og forespørsler om sletting',
  'lifecycle.unit.intro':
    'Passive logger kan gjenåpnes med nytt samtykke, eller slettes når arkiv-PDF-ene er arkivert.',
  'lifecycle.unit.passiveHeading': 'Passive logger',
  'lifecycle.unit.noPassive': 'Enheten har ingen passive logger.',
  'lifecycle.unit.holder': 'Stafettholder: {name}',
  'lifecycle.unit.closed': 'Avsluttet {date}',
  'lifecycle.unit.reason': 'Årsak: {reason}',
  'lifecycle.unit.archiveOpen_one': '{count} arkivplikt er ikke arkivert',
  'lifecycle.unit.archiveOpen_other': '{count} arkivplikter er ikke arkivert',
  'lifecycle.unit.archiveDone': 'Arkiv-PDF før sletting er arkivert.',
  'lifecycle.unit.archiveMissing': 'Arkiv-PDF før sletting er ikke laget.',
  'lifecycle.unit.reopen': 'Gjenåpne',
  'lifecycle.unit.reopenIntro':
    'Loggen blir aktiv igjen med historikken sin. Last opp det nye, signerte samtykket.',
  'lifecycle.unit.holderLabel': 'Ny stafettholder',
  'lifecycle.unit.holderSame': 'Samme som før ({name})',
  'lifecycle.unit.reopenSubmit': 'Gjenåpne loggen',
  'lifecycle.unit.delete': 'Slett',
  'lifecycle.unit.deleteRule':
    'En logg slettes bare når den er passiv og arkiv-PDF-ene er arkivert. Mangler PDF-en før sletting, legger vi inn arkivplikten, og du sletter når den er arkivert.',
  'lifecycle.unit.deleteEffect':
    'Alt om barnet slettes for godt: oppmerksomheter, tiltak, evalueringer, lysglimt, notater, møter, samtykker og filer. Bare anonyme tall blir igjen til statistikk.',
  'lifecycle.unit.deleteConfirm': 'Jeg vil slette loggen for {name} for godt.',
  'lifecycle.unit.deleteConfirmMissing': 'Kryss av for at du vil slette loggen.',
  'lifecycle.unit.deleteSubmit': 'Slett loggen',
  'lifecycle.unit.requestsHeading': 'Forespørsler om sletting',
  'lifecycle.unit.noRequests': 'Ingen forespørsler venter på svar.',
  'lifecycle.unit.requestBy': '{name} ba om sletting av loggen for {child} {date}.',
  'lifecycle.unit.requestActive': 'Loggen er fortsatt aktiv.',
  'lifecycle.unit.answerLabel': 'Svar til familien',
  'lifecycle.unit.answerHelp':
    'For eksempel at loggen er slettet, eller hvorfor den ikke kan slettes ennå.',
  'lifecycle.unit.answerSubmit': 'Send svaret',
  'lifecycle.unit.done.reopened': 'Loggen er gjenåpnet.',
  'lifecycle.unit.done.deleted': 'Loggen er slettet. Anonyme tall er tatt vare på.',
  'lifecycle.unit.done.answered': 'Svaret er lagret.',
} as const;

type Key = keyof typeof nb;

const nn = {
  'lifecycle.passive.heading': 'Loggen er avslutta (passiv)',
  'lifecycle.passive.closedOn': 'Avslutta {date}.',
  'lifecycle.passive.reason': 'Årsak: {reason}',
  'lifecycle.passive.readOnly':
    'Loggen kan berre lesast. Berre einingsleiaren kan opne han att, med nytt samtykke.',
  'lifecycle.actions.label': 'Livsløpet til loggen',
  'lifecycle.actions.close': 'Avslutt loggen',
  'lifecycle.actions.withdraw': 'Trekk samtykket',
  'lifecycle.actions.requestDeletion': 'Be om sletting',
  'lifecycle.actions.deletionRequested': 'De bad om sletting {date}. Einingsleiaren svarar.',
  'lifecycle.back': 'Tilbake til loggen',
  'lifecycle.notAllowed': 'Du kan ikkje gjere dette i denne loggen no.',
  'lifecycle.failed': 'Det vart ikkje lagra.',

  'lifecycle.close.title': 'Avslutt stafettloggen for {name}',
  'lifecycle.close.intro':
    'Avslutt loggen når det ikkje lenger trengst samordna innsats, eller når det er laga ein individuell plan. Loggen blir passiv: han kan berre lesast, og han står framleis i lista di.',
  'lifecycle.close.archive':
    'Ein arkiv-PDF av loggen skal til mappa til barnet i arkivet innan 14 dagar etter at loggen er avslutta.',
  'lifecycle.close.individualPlan': 'Det er laga ein individuell plan',
  'lifecycle.close.individualPlanHelp': 'Årsaka blir då «Individuell plan opprettet».',
  'lifecycle.close.reason': 'Årsak (valfritt)',
  'lifecycle.close.reasonHelp': 'Skriv kort kvifor. Familien og andre med tilgang kan lese det.',
  'lifecycle.close.confirm': 'Eg vil avslutte loggen. Eg veit at han då berre kan lesast.',
  'lifecycle.close.confirmMissing': 'Kryss av for at du vil avslutte loggen.',
  'lifecycle.close.submit': 'Avslutt loggen',

  'lifecycle.withdraw.title': 'Trekk samtykket til stafettloggen for {name}',
  'lifecycle.withdraw.intro':
    'De kan trekkje samtykket når som helst, og de treng ikkje seie kvifor.',
  'lifecycle.withdraw.effect':
    'Loggen blir avslutta med ein gong. Ingen kan skrive meir i han, og stafetthaldaren får beskjed på e-post. Det som står i loggen, blir liggjande og blir arkivert slik lova krev.',
  'lifecycle.withdraw.deletion':
    'Vil de òg at opplysningane skal slettast, kan de be om sletting etterpå.',
  'lifecycle.withdraw.submit': 'Trekk samtykket og avslutt loggen',

  'lifecycle.deletion.title': 'Be om at stafettloggen for {name} blir sletta',
  'lifecycle.deletion.intro':
    'De kan krevje at opplysningane i loggen blir sletta. Førespurnaden går til einingsleiaren, som svarar dykk.',
  'lifecycle.deletion.rule':
    'Ein logg kan berre slettast når han er avslutta og arkiv-PDF-en er laga. Då blir alt om barnet sletta; berre anonyme tal blir att til statistikk.',
  'lifecycle.deletion.submit': 'Send førespurnaden',
  'lifecycle.deletion.sent': 'Førespurnaden er send {date}. Einingsleiaren svarar dykk.',
  'lifecycle.deletion.answered':
    'Einingsleiaren svarte på førespurnaden om sletting {date}: «{answer}»',

  'lifecycle.unit.title': 'Avslutta loggar – {unit}',
  'lifecycle.unit.back': 'Tilbake til eininga',
  'lifecycle.unit.link': 'Avslutta loggar og førespurnader om sletting',
  'lifecycle.unit.intro':
    'Passive loggar kan opnast att med nytt samtykke, eller slettast når arkiv-PDF-ane er arkiverte.',
  'lifecycle.unit.passiveHeading': 'Passive loggar',
  'lifecycle.unit.noPassive': 'Eininga har ingen passive loggar.',
  'lifecycle.unit.holder': 'Stafetthaldar: {name}',
  'lifecycle.unit.closed': 'Avslutta {date}',
  'lifecycle.unit.reason': 'Årsak: {reason}',
  'lifecycle.unit.archiveOpen_one': '{count} arkivplikt er ikkje arkivert',
  'lifecycle.unit.archiveOpen_other': '{count} arkivplikter er ikkje arkiverte',
  'lifecycle.unit.archiveDone': 'Arkiv-PDF før sletting er arkivert.',
  'lifecycle.unit.archiveMissing': 'Arkiv-PDF før sletting er ikkje laga.',
  'lifecycle.unit.reopen': 'Opne att',
  'lifecycle.unit.reopenIntro':
    'Loggen blir aktiv att med historikken sin. Last opp det nye, signerte samtykket.',
  'lifecycle.unit.holderLabel': 'Ny stafetthaldar',
  'lifecycle.unit.holderSame': 'Same som før ({name})',
  'lifecycle.unit.reopenSubmit': 'Opne loggen att',
  'lifecycle.unit.delete': 'Slett',
  'lifecycle.unit.deleteRule':
    'Ein logg blir berre sletta når han er passiv og arkiv-PDF-ane er arkiverte. Manglar PDF-en før sletting, legg vi inn arkivplikta, og du slettar når ho er arkivert.',
  'lifecycle.unit.deleteEffect':
    'Alt om barnet blir sletta for godt: merksemder, tiltak, evalueringar, lysglimt, notat, møte, samtykke og filer. Berre anonyme tal blir att til statistikk.',
  'lifecycle.unit.deleteConfirm': 'Eg vil slette loggen for {name} for godt.',
  'lifecycle.unit.deleteConfirmMissing': 'Kryss av for at du vil slette loggen.',
  'lifecycle.unit.deleteSubmit': 'Slett loggen',
  'lifecycle.unit.requestsHeading': 'Førespurnader om sletting',
  'lifecycle.unit.noRequests': 'Ingen førespurnader ventar på svar.',
  'lifecycle.unit.requestBy': '{name} bad om sletting av loggen for {child} {date}.',
  'lifecycle.unit.requestActive': 'Loggen er framleis aktiv.',
  'lifecycle.unit.answerLabel': 'Svar til familien',
  'lifecycle.unit.answerHelp':
    'Til dømes at loggen er sletta, eller kvifor han ikkje kan slettast enno.',
  'lifecycle.unit.answerSubmit': 'Send svaret',
  'lifecycle.unit.done.reopened': 'Loggen er opna att.',
  'lifecycle.unit.done.deleted': 'Loggen er sletta. Anonyme tal er tekne vare på.',
  'lifecycle.unit.done.answered': 'Svaret er lagra.',
} as const satisfies Record<Key, string>;

const en = {
  'lifecycle.passive.heading': 'The log is closed (passive)',
  'lifecycle.passive.closedOn': 'Closed on {date}.',
  'lifecycle.passive.reason': 'Reason: {reason}',
  'lifecycle.passive.readOnly':
    'The log can only be read. Only the unit leader can reopen it, with new consent.',
  'lifecycle.actions.label': "The log's lifecycle",
  'lifecycle.actions.close': 'Close the log',
  'lifecycle.actions.withdraw': 'Withdraw consent',
  'lifecycle.actions.requestDeletion': 'Ask for deletion',
  'lifecycle.actions.deletionRequested':
    'You asked for deletion on {date}. The unit leader will answer.',
  'lifecycle.back': 'Back to the log',
  'lifecycle.notAllowed': 'You cannot do this in this log now.',
  'lifecycle.failed': 'It was not saved.',

  'lifecycle.close.title': 'Close the relay log of {name}',
  'lifecycle.close.intro':
    'Close the log when coordinated effort is no longer needed, or when an individual plan has been made. The log becomes passive: it can only be read, and it stays in your list.',
  'lifecycle.close.archive':
    "An archive PDF of the log must go to the child's folder in the archive within 14 days of closing.",
  'lifecycle.close.individualPlan': 'An individual plan has been made',
  'lifecycle.close.individualPlanHelp': 'The reason is then “Individual plan created”.',
  'lifecycle.close.reason': 'Reason (optional)',
  'lifecycle.close.reasonHelp': 'Say briefly why. The family and others with access can read it.',
  'lifecycle.close.confirm': 'I want to close the log. I know it can then only be read.',
  'lifecycle.close.confirmMissing': 'Tick the box to confirm you want to close the log.',
  'lifecycle.close.submit': 'Close the log',

  'lifecycle.withdraw.title': 'Withdraw consent to the relay log of {name}',
  'lifecycle.withdraw.intro': 'You can withdraw consent at any time, and you need not say why.',
  'lifecycle.withdraw.effect':
    'The log closes at once. Nobody can write in it any more, and the holder is told by e-mail. What the log says stays and is archived as the law requires.',
  'lifecycle.withdraw.deletion':
    'If you also want the information deleted, you can ask for deletion afterwards.',
  'lifecycle.withdraw.submit': 'Withdraw consent and close the log',

  'lifecycle.deletion.title': 'Ask for the relay log of {name} to be deleted',
  'lifecycle.deletion.intro':
    'You may demand that the information in the log is deleted. The request goes to the unit leader, who will answer you.',
  'lifecycle.deletion.rule':
    'A log can only be deleted once it is closed and its archive PDF is made. Then everything about the child is deleted; only anonymous figures stay for statistics.',
  'lifecycle.deletion.submit': 'Send the request',
  'lifecycle.deletion.sent': 'The request was sent on {date}. The unit leader will answer you.',
  'lifecycle.deletion.answered':
    'The unit leader answered the deletion request on {date}: “{answer}”',

  'lifecycle.unit.title': 'Closed logs – {unit}',
  'lifecycle.unit.back': 'Back to the unit',
  'lifecycle.unit.link': 'Closed logs and deletion requests',
  'lifecycle.unit.intro':
    'Passive logs can be reopened with new consent, or deleted once their archive PDFs are filed.',
  'lifecycle.unit.passiveHeading': 'Passive logs',
  'lifecycle.unit.noPassive': 'The unit has no passive logs.',
  'lifecycle.unit.holder': 'Holder: {name}',
  'lifecycle.unit.closed': 'Closed on {date}',
  'lifecycle.unit.reason': 'Reason: {reason}',
  'lifecycle.unit.archiveOpen_one': '{count} archive obligation is not filed',
  'lifecycle.unit.archiveOpen_other': '{count} archive obligations are not filed',
  'lifecycle.unit.archiveDone': 'The archive PDF before deletion is filed.',
  'lifecycle.unit.archiveMissing': 'The archive PDF before deletion has not been made.',
  'lifecycle.unit.reopen': 'Reopen',
  'lifecycle.unit.reopenIntro':
    'The log becomes active again with its history. Upload the new, signed consent.',
  'lifecycle.unit.holderLabel': 'New holder',
  'lifecycle.unit.holderSame': 'The same as before ({name})',
  'lifecycle.unit.reopenSubmit': 'Reopen the log',
  'lifecycle.unit.delete': 'Delete',
  'lifecycle.unit.deleteRule':
    'A log is deleted only when it is passive and its archive PDFs are filed. If the PDF before deletion is missing, we add that archive obligation, and you delete once it is filed.',
  'lifecycle.unit.deleteEffect':
    'Everything about the child is deleted for good: attentions, measures, evaluations, bright spots, notes, meetings, consents and files. Only anonymous figures stay for statistics.',
  'lifecycle.unit.deleteConfirm': 'I want to delete the log of {name} for good.',
  'lifecycle.unit.deleteConfirmMissing': 'Tick the box to confirm you want to delete the log.',
  'lifecycle.unit.deleteSubmit': 'Delete the log',
  'lifecycle.unit.requestsHeading': 'Deletion requests',
  'lifecycle.unit.noRequests': 'No requests are waiting for an answer.',
  'lifecycle.unit.requestBy': '{name} asked for the log of {child} to be deleted on {date}.',
  'lifecycle.unit.requestActive': 'The log is still active.',
  'lifecycle.unit.answerLabel': 'Answer to the family',
  'lifecycle.unit.answerHelp':
    'For example that the log has been deleted, or why it cannot be deleted yet.',
  'lifecycle.unit.answerSubmit': 'Send the answer',
  'lifecycle.unit.done.reopened': 'The log has been reopened.',
  'lifecycle.unit.done.deleted': 'The log has been deleted. Anonymous figures are kept.',
  'lifecycle.unit.done.answered': 'The answer has been saved.',
} as const satisfies Record<Key, string>;

export const logsLifecycleMessages = { nb, nn, en };
