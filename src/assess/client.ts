// The browser side of the self-assessment page: fills the form from the URL fragment, writes
// every change back to it, draws the summary and the plan, and trades peer feedback through
// links. Nothing leaves the browser: the fragment is never sent to a server, and storage is
// used only when the reader ticks "remember".
import { nextReviews } from './calendar.ts';
import {
  type AssessmentState,
  decodeFragment,
  emptyState,
  encodePeerRequest,
  encodeState,
  type Mark,
  mergePeer,
  type PeerRequest,
} from './state.ts';

/** What the page tells the script, as JSON in `data-assess`. */
interface PageConfig {
  level: string;
  locale: string;
  themes: { id: string; title: string }[];
  goals: Record<string, string[]>;
  calendar: { reviewCycleMonths: number; reviewStartMonth: number };
  strings: Record<string, string> & { marks: Record<Mark, string> };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

/** Starts the page; does nothing on a page without the assessment form. */
export function startAssessment(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-assess]');
  if (!form) return;
  const config = JSON.parse(form.dataset.assess ?? '{}') as PageConfig;
  const { strings } = config;
  const themeIds = config.themes.map((theme) => theme.id);
  const titleOf = (id: string) => config.themes.find((theme) => theme.id === id)?.title ?? id;
  const storageKey = `echelon-assess:${location.pathname}`;
  const $ = <T extends Element>(selector: string, root: ParentNode = document) =>
    root.querySelector<T>(selector);
  const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [
    ...root.querySelectorAll<T>(selector),
  ];
  const notice = $<HTMLElement>('[data-assess-notice]');
  const status = $<HTMLElement>('[data-assess-status]');
  const say = (element: HTMLElement | null, text: string) => {
    if (!element) return;
    element.textContent = text;
    element.hidden = text === '';
  };

  let state: AssessmentState = emptyState(config.level);
  const decoded = decodeFragment(location.hash, themeIds);
  if (decoded.kind === 'unreadable') say(notice, strings.unreadable);
  if (decoded.kind === 'assessment' || decoded.kind === 'peer') {
    if (decoded.unknownThemes.length)
      say(notice, fill(strings.unknownThemes, { themes: decoded.unknownThemes.join(', ') }));
  }
  if (decoded.kind === 'peer') {
    startPeerPage(decoded.request);
    return;
  }
  if (decoded.kind === 'assessment') state = { ...decoded.state, level: config.level };
  else {
    const remembered = localStorage.getItem(storageKey);
    const restored = remembered ? decodeFragment(remembered, themeIds) : undefined;
    if (restored?.kind === 'assessment') state = restored.state;
    const remember = $<HTMLInputElement>('[data-remember]');
    if (remember) remember.checked = Boolean(remembered);
  }

  /** Puts the state into the form, then draws what follows from it. */
  function render() {
    const name = $<HTMLInputElement>('[data-assess-name]');
    if (name) name.value = state.name;
    for (const input of $$<HTMLInputElement>('input[data-mark]')) {
      input.checked = state.marks[input.dataset.mark ?? ''] === input.value;
    }
    for (const area of $$<HTMLTextAreaElement>('textarea[data-evidence]')) {
      area.value = state.evidence[area.dataset.evidence ?? ''] ?? '';
    }
    for (const box of $$<HTMLInputElement>('input[data-plan]')) box.checked = state.plan.includes(box.value);
    drawSummary();
    drawPlan();
    drawPeers();
  }

  function drawSummary() {
    for (const id of themeIds) {
      const mark = state.marks[id];
      for (const point of $$<SVGCircleElement>(`[data-chart="${id}"] [data-point]`)) {
        point.classList.toggle('is-marked', point.dataset.point === mark);
      }
      const cell = $<HTMLElement>(`[data-summary="${id}"]`);
      if (cell) cell.textContent = mark ? strings.marks[mark] : strings.empty;
    }
  }

  function drawPlan() {
    const [first, second] = nextReviews(new Date(), config.calendar);
    const reviews = $<HTMLElement>('[data-plan-reviews]');
    if (reviews)
      reviews.textContent = fill(strings.reviews, { first: formatDate(first), second: formatDate(second) });
    const goals = $<HTMLElement>('[data-plan-goals]');
    if (!goals) return;
    goals.replaceChildren();
    if (state.plan.length === 0) {
      const empty = document.createElement('p');
      empty.className = 'meta';
      empty.textContent = strings.none;
      goals.append(empty);
      return;
    }
    for (const id of state.plan) {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = titleOf(id);
      const list = document.createElement('ul');
      for (const goal of config.goals[id] ?? []) {
        const item = document.createElement('li');
        item.textContent = goal;
        list.append(item);
      }
      const label = document.createElement('label');
      label.textContent = `${strings.okr} `;
      const okr = document.createElement('input');
      okr.type = 'text';
      okr.value = state.okrs[id] ?? '';
      okr.addEventListener('input', () => {
        state.okrs[id] = okr.value;
        save();
      });
      label.append(okr);
      section.append(heading, list, label);
      goals.append(section);
    }
  }

  function drawPeers() {
    for (const id of themeIds) {
      const cell = $<HTMLElement>(`[data-peers="${id}"]`);
      if (!cell) continue;
      cell.replaceChildren(
        ...state.peers
          .filter((peer) => peer.marks[id] || peer.comments[id])
          .map((peer) => {
            const line = document.createElement('p');
            const mark = peer.marks[id];
            line.textContent = `${peer.name}: ${mark ? strings.marks[mark] : ''}${peer.comments[id] ? ` — ${peer.comments[id]}` : ''}`;
            return line;
          }),
      );
    }
  }

  const formatDate = (date: string | undefined) =>
    date
      ? new Intl.DateTimeFormat(config.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(date),
        )
      : '';

  /** Writes the state to the fragment (and to storage when asked), without a new history entry. */
  function save() {
    const fragment = encodeState(state);
    history.replaceState(null, '', `#${fragment}`);
    if ($<HTMLInputElement>('[data-remember]')?.checked) localStorage.setItem(storageKey, fragment);
  }

  // Enter in a field would submit the form and reload the page; the state is already saved.
  form.addEventListener('submit', (event) => event.preventDefault());

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target.matches('[data-assess-name]')) state.name = target.value;
    else if (target.matches('input[data-mark]'))
      state.marks[target.dataset.mark ?? ''] = target.value as Mark;
    else if (target.matches('textarea[data-evidence]'))
      state.evidence[target.dataset.evidence ?? ''] = target.value;
    else if (target.matches('input[data-plan]')) {
      const id = target.value;
      state.plan = (target as HTMLInputElement).checked
        ? [...state.plan, id]
        : state.plan.filter((p) => p !== id);
      drawPlan();
    } else if (target.matches('[data-remember]')) {
      if (!(target as HTMLInputElement).checked) localStorage.removeItem(storageKey);
    } else return;
    drawSummary();
    save();
  });

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(status, strings.copied);
    } catch {
      say(status, strings.failed);
    }
  };

  /** The plan as Markdown, to paste into a review document. */
  function markdown(): string {
    const [first, second] = nextReviews(new Date(), config.calendar);
    const lines = [
      `# ${strings.plan}${state.name ? ` — ${state.name}` : ''}`,
      '',
      fill(strings.reviews, { first: formatDate(first), second: formatDate(second) }),
      '',
    ];
    for (const id of themeIds) {
      const mark = state.marks[id];
      if (!mark && !state.evidence[id]) continue;
      lines.push(
        `- **${titleOf(id)}**: ${mark ? strings.marks[mark] : ''}${state.evidence[id] ? ` — ${state.evidence[id]}` : ''}`,
      );
    }
    for (const id of state.plan) {
      lines.push('', `## ${titleOf(id)}`, '', ...(config.goals[id] ?? []).map((goal) => `- ${goal}`));
      if (state.okrs[id]) lines.push('', `${strings.okr}: ${state.okrs[id]}`);
    }
    lines.push('', location.href);
    return lines.join('\n');
  }

  form.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'copy-link') void copy(location.href);
    else if (action === 'copy-markdown') void copy(markdown());
    else if (action === 'print') window.print();
    else if (action === 'peer-link') {
      const themes = $$<HTMLInputElement>('[data-peer-theme]:checked').map((box) => box.value);
      const request: PeerRequest = {
        level: config.level,
        from: state.name,
        themes,
        answer: { name: '', marks: {}, comments: {} },
      };
      const output = $<HTMLOutputElement>('[data-peer-link]');
      if (output) output.value = `${location.origin}${location.pathname}#${encodePeerRequest(request)}`;
    } else if (action === 'peer-add') {
      const link = $<HTMLInputElement>('[data-peer-answer]')?.value ?? '';
      const answer = decodeFragment(link.slice(link.indexOf('#') + 1), themeIds);
      if (answer.kind !== 'peer' || answer.request.level !== config.level || !answer.request.answer.name) {
        say(status, strings.invalid);
        return;
      }
      state = mergePeer(state, answer.request.answer);
      drawPeers();
      save();
      say(status, fill(strings.added, { name: answer.request.answer.name }));
    }
  });

  render();

  /** A peer's page: the themes they were asked about, and a link to send back. */
  function startPeerPage(request: PeerRequest) {
    form?.setAttribute('hidden', '');
    const page = $<HTMLElement>('[data-peer-page]');
    if (!page) return;
    page.hidden = false;
    const title = $<HTMLElement>('[data-peer-title]');
    if (title) title.textContent = fill(strings.peerTitle, { name: request.from || '…' });
    for (const row of $$<HTMLElement>('[data-peer-row]'))
      row.hidden = !request.themes.includes(row.dataset.peerRow ?? '');
    const name = $<HTMLInputElement>('[data-peer-name]');
    if (name) name.value = request.answer.name;
    page.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.matches('[data-peer-name]')) request.answer.name = target.value;
      if (target.matches('[data-peer-mark]'))
        request.answer.marks[target.dataset.peerMark ?? ''] = target.value as Mark;
      if (target.matches('[data-peer-comment]'))
        request.answer.comments[target.dataset.peerComment ?? ''] = target.value;
      history.replaceState(null, '', `#${encodePeerRequest(request)}`);
    });
    page.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).closest('[data-action="peer-send"]')) {
        const reply = $<HTMLOutputElement>('[data-peer-reply]');
        if (reply) reply.value = `${location.origin}${location.pathname}#${encodePeerRequest(request)}`;
        say($<HTMLElement>('[data-peer-send-intro]'), fill(strings.sendIntro, { name: request.from || '…' }));
      }
    });
  }
}
