/** The API's HttpOnly session cookie. The web app never reads its value, only whether it is there. */
export const SESSION_COOKIE = 'stafett_session';
