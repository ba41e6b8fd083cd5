/**
 * "TestID — velg testperson": the stand-in for ID-porten's TestID. Plain forms, no script, so it
 * works with a keyboard, a screen reader and a phone, and Playwright can click a person by name.
 */
import { escapeHtml, renderPage } from './html';
import { groupByMunicipality, municipalityLabel, type DemoPerson } from './people';

export const LOGIN_TITLE = 'TestID — velg testperson';

export interface LoginPageOptions {
  /** Where the forms post to: the interaction's own URL. */
  action: string;
  abortAction: string;
  people: readonly DemoPerson[];
  /** What was typed in the free-text field, shown again after an error. */
  typed?: string;
  error?: string;
}

export function renderLoginPage(opts: LoginPageOptions): string {
  const { action, abortAction, people, typed = '', error } = opts;
  const groups = groupByMunicipality(people)
    .map((group, index) => {
      const headingId = `kommune-${index + 1}`;
      // The button's text (name, then description) is its accessible name: axe requires the
      // visible text in the name, and Playwright finds the person by a regex on the name.
      const buttons = group.people
        .map(
          (p) => `<li><button type="submit" name="nationalId" value="${escapeHtml(p.nationalId)}"
 data-testid="testperson-${escapeHtml(group.slug)}-${escapeHtml(p.nationalId)}"><span class="name">${escapeHtml(p.name)}</span><span class="description">${escapeHtml(p.description)}</span></button></li>`,
        )
        .join('\n');
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${escapeHtml(municipalityLabel(group.slug))}</h2>
<ul>
${buttons}
</ul>
</section>`;
    })
    .join('\n');

  const pickList =
    people.length > 0
      ? `<form method="post" action="${escapeHtml(action)}">\n${groups}\n</form>`
      : '<p>Ingen testpersoner er lastet. Bruk fødselsnummer nedenfor.</p>';

  // On an error the field gets focus, is marked invalid and is described by the message, so a
  // screen reader announces what is wrong without hunting for it.
  const describedBy = error ? 'fnr-hint fnr-error' : 'fnr-hint';
  const body = `<h1>${escapeHtml(LOGIN_TITLE)}</h1>
<p>Velg en testperson for å logge inn. Ingen passord trengs.</p>
${pickList}
<h2 id="annen-person">Annen person</h2>
<form method="post" action="${escapeHtml(action)}" aria-labelledby="annen-person" novalidate>
<label for="fnr">Fødselsnummer (11 siffer)</label>
<p class="hint" id="fnr-hint">For eksempel et syntetisk testnummer fra Tenor.</p>
${error ? `<p class="error" id="fnr-error">${escapeHtml(error)}</p>` : ''}
<input id="fnr" name="nationalId" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
 value="${escapeHtml(typed)}" aria-describedby="${describedBy}"${error ? ' aria-invalid="true" autofocus' : ''}>
<div class="actions">
<button type="submit" class="primary">Logg inn</button>
</div>
</form>
<form method="post" action="${escapeHtml(abortAction)}" class="actions">
<button type="submit" class="secondary">Avbryt innloggingen</button>
</form>`;

  return renderPage({ title: error ? `Feil: ${LOGIN_TITLE}` : LOGIN_TITLE, body });
}
