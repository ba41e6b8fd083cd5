import type { MessageKey } from './nb';

/** English. Every key in nb.ts must be here: a missing or extra key fails typecheck. */
export const en = {
  'app.name': 'Stafett',
  'app.description': 'The relay log for early, coordinated help (BTI)',
  'page.title': '{page} – Stafett',

  'layout.skipToMain': 'Skip to main content',
  'layout.language': 'Language',
  'layout.signOut': 'Sign out',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.headerHome': 'Stafett – choose municipality',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',

  'pick.title': 'Choose municipality',
  'pick.intro':
    'The relay log brings together agreements, measures and who does what when a child or young person gets help from several services. Choose your municipality to sign in.',
  'pick.listLabel': 'Municipalities',
  'pick.empty': 'No municipality uses Stafett yet.',
  'pick.signInFailed': 'Signing in was not completed. Choose your municipality and try again.',

  'signIn.pageTitle': 'Sign in',
  'signIn.heading': 'Sign in to the relay log',
  'signIn.intro':
    'This is where staff, guardians and young people in {municipality} sign in to the relay log.',
  'signIn.button': 'Sign in with ID-porten',
  'signIn.help': 'You sign in with BankID, Buypass, Commfides or MinID.',
  'signIn.otherMunicipality': 'Choose another municipality',
  'signIn.failed':
    'Signing in failed. Please try again. If it still does not work, contact the leader of your unit.',
  'signIn.cancelled': 'Signing in was cancelled. You can try again whenever you like.',
  'signIn.loggedOut': 'You are signed out.',
  'signIn.expiredIdle':
    'You were signed out because you had not been active for a while. Sign in again to continue.',
  'signIn.expiredAbsolute':
    'You were signed out because you had been signed in for two hours. Sign in again to continue.',

  'home.pageTitle': 'Home',
  'home.greeting': 'Hello, {name}',
  'home.intro': 'You are signed in to the relay log for {municipality}.',
  'home.rolesHeading': 'Your roles',
  'home.noRoles': 'You have no roles in {municipality}.',
  'home.unitsHeading': 'Your units',
  'home.noUnits': 'You do not belong to any unit.',
  'home.unitDetails': '{type}, {district}',

  'role.municipality_admin': 'Municipality administrator (BTI coordinator)',
  'role.district_leader': 'District leader – {name}',
  'role.unit_leader': 'Unit leader – {name}',
  'role.holder': 'Log holder – {name}',
  'role.actor': 'Actor – {name}',
  'role.super_user': 'Super user – {name}',
  'role.guardian': 'Guardian – {name}',
  'role.youth': 'Young person',

  'unitType.kindergarten': 'Kindergarten',
  'unitType.school': 'School',
  'unitType.health_station': 'Health station',
  'unitType.school_health_service': 'School health service',
  'unitType.ppt': 'Educational and psychological counselling service (PPT)',
  'unitType.child_welfare': 'Child welfare service',
  'unitType.specialist_health': 'Specialist health service',
  'unitType.nav': 'NAV (Labour and Welfare Administration)',
  'unitType.family_centre': 'Family centre',
  'unitType.other': 'Other service',

  'unit.type': 'Type of service',
  'unit.district': 'District',
  'unit.childrenServed': 'Children and young people the unit serves',
  'unit.back': 'Back to the home page',

  'noAccess.pageTitle': 'No access',
  'noAccess.heading': 'You are signed in, but you have no role in {municipality}',
  'noAccess.intro':
    'You got through ID-porten, but {municipality} has not given you access to the relay log.',
  'noAccess.whatToDo': 'What can you do?',
  'noAccess.staff': 'If you are staff: ask the leader of your unit to add you as staff in Stafett.',
  'noAccess.guardian':
    'If you are a guardian or a young person: contact the kindergarten, school or service that follows up the child.',
  'noAccess.otherMunicipality':
    'If you work in another municipality: choose that municipality and sign in there.',
  'noAccess.back': 'Back to signing in to {municipality}',

  'idle.title': 'Do you want to continue?',
  'idle.warningIdle_one': 'You will be signed out in {count} minute because of inactivity.',
  'idle.warningIdle_other': 'You will be signed out in {count} minutes because of inactivity.',
  'idle.warningAbsolute_one':
    'You will be signed out in {count} minute because you have been signed in for two hours. You will then need to sign in again.',
  'idle.warningAbsolute_other':
    'You will be signed out in {count} minutes because you have been signed in for two hours. You will then need to sign in again.',
  'idle.continue': 'Stay signed in',
  'idle.understood': 'I understand',
  'idle.extendFailed': 'We could not keep you signed in. Check your connection and try again.',

  'error.pageTitle': 'Error',
  'error.notFoundTitle': 'We cannot find the page',
  'error.notFound': 'The page does not exist. Check that the address is correct.',
  'error.municipalityNotFoundTitle': 'We cannot find the municipality',
  'error.municipalityNotFound':
    'We cannot find the municipality “{slug}”. Check that the address is correct, or choose your municipality from the list.',
  'error.unitNotFound':
    'We cannot find the unit. It may have been deleted, or it belongs to another municipality.',
  'error.forbiddenTitle': 'You do not have access',
  'error.forbidden':
    'You do not have access to this. Contact the leader of your unit if you think you should.',
  'error.unavailableTitle': 'The service is not responding',
  'error.unavailable': 'Stafett is not responding right now. Please try again in a little while.',
  'error.unexpectedTitle': 'Something went wrong',
  'error.unexpected':
    'Something went wrong on our side. Please try again in a little while. If it keeps happening, contact your municipality’s user support.',
  'error.status': 'Error code: {status}',
  'error.toPick': 'Go to Choose municipality',
  'error.toHome': 'Go to the home page',
} as const satisfies Record<MessageKey, string>;
