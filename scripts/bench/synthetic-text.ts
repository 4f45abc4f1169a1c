// Sentences for the benchmark's synthetic ladder, in English and French from the same draws,
// so a translation says what its source says. The pools are large enough, with numbers mixed
// in, to give the search index a vocabulary like a real ladder's rather than a handful of words.
import type { Random } from './random.ts';

/** A text in the ladder's two languages: the default one and its translation. */
export interface Bilingual {
  en: string;
  fr: string;
}

type Pair = readonly [en: string, fr: string];

/** Scopes from the narrowest to the widest: a level's rank picks its place in this list. */
const scopes: Pair[] = [
  ['on one well-defined feature', 'sur une fonctionnalité bien cadrée'],
  ["for one squad's backlog", "pour le backlog d'une squad"],
  ['for one squad and its customers', 'pour une squad et ses clients'],
  ['across two squads', 'sur deux squads'],
  ['across a product area', 'sur un domaine produit'],
  ['across several product areas', 'sur plusieurs domaines produit'],
  ['across the product group', "sur l'ensemble du groupe produit"],
  ['across product and engineering', "sur le produit et l'ingénierie"],
  ['across the company', "à l'échelle de l'entreprise"],
  ['across the company and its partners', "à l'échelle de l'entreprise et de ses partenaires"],
  ["for the company's market as a whole", "pour l'ensemble du marché de l'entreprise"],
];

/** How independently someone works, from the first level to the last. */
const autonomy: Pair[] = [
  ['with guidance from a senior colleague', "avec l'accompagnement d'un pair senior"],
  ['with occasional guidance', 'avec un accompagnement ponctuel'],
  ['on their own', 'en autonomie'],
  ['and helps others do the same', 'et aide les autres à faire de même'],
  ['and sets the standard others follow', 'et fixe le standard que les autres suivent'],
  ['and teaches the practice across teams', 'et enseigne la pratique entre les équipes'],
];

const verbs: Pair[] = [
  ['Plans', 'Planifie'],
  ['Runs', 'Mène'],
  ['Prioritises', 'Priorise'],
  ['Reviews', 'Relit'],
  ['Measures', 'Mesure'],
  ['Explains', 'Explique'],
  ['Challenges', 'Remet en question'],
  ['Documents', 'Documente'],
  ['Negotiates', 'Négocie'],
  ['Anticipates', 'Anticipe'],
  ['Designs', 'Conçoit'],
  ['Tests', 'Teste'],
  ['Shares', 'Partage'],
  ['Simplifies', 'Simplifie'],
  ['Coordinates', 'Coordonne'],
  ['Frames', 'Cadre'],
  ['Tracks', 'Suit'],
  ['Aligns', 'Aligne'],
  ['Audits', 'Audite'],
  ['Rewrites', 'Réécrit'],
];

const objects: Pair[] = [
  ['customer interviews', 'les entretiens clients'],
  ['the roadmap', 'la roadmap'],
  ['release plans', 'les plans de mise en production'],
  ['experiments', 'les expérimentations'],
  ['the quarterly objectives', 'les objectifs trimestriels'],
  ['pricing changes', 'les changements de prix'],
  ['onboarding flows', "les parcours d'onboarding"],
  ['invoice reconciliation', 'le rapprochement des factures'],
  ['supplier payments', 'les paiements fournisseurs'],
  ['data quality checks', 'les contrôles de qualité des données'],
  ['API contracts', 'les contrats d’API'],
  ['incident reviews', 'les revues d’incident'],
  ['support escalations', 'les escalades du support'],
  ['compliance reviews', 'les revues de conformité'],
  ['accessibility audits', "les audits d'accessibilité"],
  ['opportunity maps', "les cartes d'opportunités"],
  ['product specifications', 'les spécifications produit'],
  ['dashboards', 'les tableaux de bord'],
  ['hiring loops', 'les processus de recrutement'],
  ['feedback sessions', 'les sessions de feedback'],
  ['launch plans', 'les plans de lancement'],
  ['customer panels', 'les panels clients'],
  ['risk registers', 'les registres de risques'],
  ['budget trade-offs', 'les arbitrages budgétaires'],
  ['design critiques', 'les revues de design'],
  ['service levels', 'les niveaux de service'],
  ['migration plans', 'les plans de migration'],
  ['partner integrations', 'les intégrations partenaires'],
  ['churn analyses', "les analyses d'attrition"],
  ['market studies', 'les études de marché'],
  ['security reviews', 'les revues de sécurité'],
  ['cohort analyses', 'les analyses de cohortes'],
];

const qualifiers: Pair[] = [
  [
    'so that decisions rest on evidence rather than opinion',
    'pour que les décisions reposent sur des faits plutôt que sur des opinions',
  ],
  ['and writes down beforehand what would change the plan', 'et écrit à l’avance ce qui changerait le plan'],
  ['and says openly what the team will not do', "et dit ouvertement ce que l'équipe ne fera pas"],
  ['before the work reaches engineering', "avant que le travail n'arrive à l'ingénierie"],
  [
    'and checks the result a month after release',
    'et vérifie le résultat un mois après la mise en production',
  ],
  ['while keeping compliance informed', 'en tenant la conformité informée'],
  ['with a clear owner for each decision', 'avec un responsable clair pour chaque décision'],
  ['and keeps the notes where everyone can read them', 'et range les notes là où chacun peut les lire'],
  [
    'and explains the trade-offs to sales and support',
    'et explique les arbitrages aux équipes commerciales et au support',
  ],
  ['without waiting to be asked', 'sans attendre qu’on le demande'],
  ['and drops the work when the evidence says so', 'et arrête le travail quand les faits le disent'],
  ['with numbers the finance team trusts', "avec des chiffres auxquels l'équipe finance fait confiance"],
];

const segments: Pair[] = [
  ['Accounting firms', 'Les cabinets comptables'],
  ['Small retailers', 'Les petits commerçants'],
  ['Finance leads at mid-sized distributors', 'Les responsables financiers de distributeurs moyens'],
  ['New customers in their first month', 'Les nouveaux clients dans leur premier mois'],
  ['Customers paying suppliers abroad', "Les clients qui paient des fournisseurs à l'étranger"],
  ['The support team', "L'équipe support"],
  ['The sales team', "L'équipe commerciale"],
  ['Two of the largest customers', 'Deux des plus gros clients'],
  ['Customers on the annual plan', 'Les clients en abonnement annuel'],
  ['Freelancers', 'Les indépendants'],
  ['Bakeries and restaurants', 'Les boulangeries et les restaurants'],
  ['Construction companies', 'Les entreprises du bâtiment'],
];

const problems: Pair[] = [
  ['a faster way to approve invoices', 'un moyen plus rapide d’approuver les factures'],
  ['late supplier payments', 'des paiements fournisseurs en retard'],
  ['duplicate invoices', 'des factures en double'],
  ['a confusing bank reconciliation screen', 'un écran de rapprochement bancaire confus'],
  ['missing export formats', "des formats d'export manquants"],
  ['a slow onboarding', 'un onboarding trop lent'],
  ['unclear pricing', 'des prix peu clairs'],
  ['failed card payments', 'des paiements par carte refusés'],
  ['a manual month-end closing', 'une clôture mensuelle manuelle'],
  ['unexpected fees', 'des frais inattendus'],
  [
    'reports that did not match their bank statements',
    'des rapports qui ne correspondaient pas à leurs relevés',
  ],
  [
    'approval rules that blocked urgent payments',
    "des règles d'approbation qui bloquaient les paiements urgents",
  ],
];

const complications: Pair[] = [
  [
    'and the squad had already committed to other work that quarter',
    "alors que la squad s'était déjà engagée sur d'autres sujets ce trimestre",
  ],
  [
    'while a regulatory deadline was {n} weeks away',
    "alors qu'une échéance réglementaire tombait dans {n} semaines",
  ],
  ['and two teams disagreed on the cause', "et deux équipes n'étaient pas d'accord sur la cause"],
  ['and the data on the problem was incomplete', 'et les données sur le problème étaient incomplètes'],
  [
    'and a competitor had just launched a similar feature',
    'et un concurrent venait de lancer une fonctionnalité proche',
  ],
  ['and the team had lost {n} customers over it', "et l'équipe avait perdu {n} clients à cause de cela"],
];

const contacts: Pair[] = [
  ['interviewed {n} customers', 'a interrogé {n} clients'],
  ['called {n} accountants', 'a appelé {n} comptables'],
  ['met {n} colleagues from sales and support', 'a rencontré {n} collègues des ventes et du support'],
  ['surveyed {n} users', 'a sondé {n} utilisateurs'],
  ['reviewed {n} support tickets', 'a relu {n} tickets de support'],
  ['paired with {n} engineers', 'a travaillé en binôme avec {n} ingénieurs'],
];

const followUps: Pair[] = [
  ['ran a concierge test with the operations team', "a mené un test concierge avec l'équipe opérations"],
  ['wrote a one-page decision record', "a rédigé une note de décision d'une page"],
  ['shipped a prototype to {n} customers', 'a livré un prototype à {n} clients'],
  [
    'split the work into increments that each reached customers',
    'a découpé le travail en incréments livrés aux clients',
  ],
  [
    'agreed a rollback plan with the tech lead',
    "s'est mis d'accord avec le tech lead sur un plan de retour arrière",
  ],
  ['set up a weekly review with compliance', 'a mis en place une revue hebdomadaire avec la conformité'],
];

const metrics: Pair[] = [
  ['The approval rate', "Le taux d'approbation"],
  ['Churn among new customers', "L'attrition des nouveaux clients"],
  ['The share of invoices paid on time', 'La part des factures payées à temps'],
  ['The number of support tickets on the topic', 'Le nombre de tickets de support sur le sujet'],
  ['The time to first payment', 'Le délai avant le premier paiement'],
  ['Weekly active accounts', 'Les comptes actifs par semaine'],
  ['The conversion of the trial', "La conversion de l'essai"],
  ['Manual corrections by operations', 'Les corrections manuelles des opérations'],
];

const consequences: Pair[] = [
  ['the approach was reused by two other squads', "l'approche a été reprise par deux autres squads"],
  [
    'the head of product made it the plan for the half-year',
    'la direction produit en a fait le plan du semestre',
  ],
  [
    'the team stopped a project that would have cost a quarter',
    "l'équipe a arrêté un projet qui aurait coûté un trimestre",
  ],
  ['sales now use it in every demo', 'les commerciaux l’utilisent désormais dans chaque démo'],
  ['compliance signed off a week early', 'la conformité a validé une semaine plus tôt'],
  ['the result held over the next two quarters', 'le résultat a tenu sur les deux trimestres suivants'],
];

const paragraphOpeners: Pair[] = [
  ['At our company,', 'Chez nous,'],
  ['In practice,', 'En pratique,'],
  ['Day to day,', 'Au quotidien,'],
  ['During reviews,', 'Pendant les évaluations,'],
  ['Over a half-year,', 'Sur un semestre,'],
];

const paragraphClaims: Pair[] = [
  [
    'the work is judged on the evidence trail it leaves: notes, decisions and their results',
    'le travail est jugé sur les traces qu’il laisse : notes, décisions et résultats',
  ],
  [
    'people grow by taking on wider problems rather than longer task lists',
    'on progresse en prenant des problèmes plus larges plutôt que des listes de tâches plus longues',
  ],
  [
    'stopping an idea because the evidence said so counts as much as shipping one',
    'arrêter une idée parce que les faits le disent compte autant que la livrer',
  ],
  [
    'managers and peers compare what was done with the words of the ladder, not with each other',
    'managers et pairs comparent ce qui a été fait avec les mots de la grille, pas entre personnes',
  ],
  [
    'calibration meetings check that the same words mean the same thing in every team',
    'les réunions de calibration vérifient que les mêmes mots ont le même sens dans chaque équipe',
  ],
  [
    'a concrete example with a number is worth more than a paragraph of adjectives',
    'un exemple concret avec un chiffre vaut mieux qu’un paragraphe d’adjectifs',
  ],
];

/** Fills `{n}` with a number drawn from `random`. */
function withNumber(random: Random, pair: Pair): Bilingual {
  const n = random.int(2, 60);
  return { en: pair[0].replaceAll('{n}', String(n)), fr: pair[1].replaceAll('{n}', String(n)) };
}

/** The entry of an ordered list for position `index` of `count`, spread over the whole list. */
function spread<T>(items: readonly T[], index: number, count: number): T {
  const at = count <= 1 ? 0 : Math.round((index / (count - 1)) * (items.length - 1));
  return items[Math.min(items.length - 1, at)];
}

/**
 * One behaviour of a level in a theme, worded for its rank: the scope and autonomy widen
 * with the rank, so neighbouring levels read as the same sentence with a wider reach.
 */
export function behaviour(random: Random, theme: Bilingual, rank: number, levels: number): Bilingual {
  const verb = random.pick(verbs);
  const object = random.pick(objects);
  const scope = spread(scopes, rank - 1, levels);
  const how = spread(autonomy, rank - 1, levels);
  const why = random.pick(qualifiers);
  const themeWord = { en: theme.en.toLowerCase(), fr: theme.fr.toLowerCase() };
  return {
    en: `${verb[0]} ${object[0]} ${scope[0]} ${how[0]}, treating ${themeWord.en} as part of the job, ${why[0]}.`,
    fr: `${verb[1]} ${object[1]} ${scope[1]} ${how[1]}, en traitant ${themeWord.fr} comme une partie du travail, ${why[1]}.`,
  };
}

/** A concrete example: the situation, what the person did and what came of it. */
export function example(
  random: Random,
  levelTitle: Bilingual,
): { situation: Bilingual; action: Bilingual; outcome: Bilingual } {
  const segment = random.pick(segments);
  const problem = random.pick(problems);
  const complication = withNumber(random, random.pick(complications));
  const contact = withNumber(random, random.pick(contacts));
  const followUp = withNumber(random, random.pick(followUps));
  const weeks = random.int(2, 12);
  const metric = random.pick(metrics);
  const from = random.int(5, 60);
  const to = random.int(from + 5, 95);
  const consequence = random.pick(consequences);
  return {
    situation: {
      en: `${segment[0]} raised ${problem[0]}, ${complication.en}.`,
      fr: `${segment[1]} ont signalé ${problem[1]}, ${complication.fr}.`,
    },
    action: {
      en: `The ${levelTitle.en.toLowerCase()} ${contact.en}, then ${followUp.en} over ${weeks} weeks.`,
      fr: `Le ou la ${levelTitle.fr.toLowerCase()} ${contact.fr}, puis ${followUp.fr} en ${weeks} semaines.`,
    },
    outcome: {
      en: `${metric[0]} went from ${from}% to ${to}%, and ${consequence[0]}.`,
      fr: `${metric[1]} est passé de ${from} % à ${to} %, et ${consequence[1]}.`,
    },
  };
}

/** A paragraph of `sentences` sentences about a subject, for the Markdown bodies. */
export function paragraph(random: Random, subject: Bilingual, sentences: number): Bilingual {
  const en: string[] = [];
  const fr: string[] = [];
  for (let index = 0; index < sentences; index++) {
    const opener = random.pick(paragraphOpeners);
    const claim = random.pick(paragraphClaims);
    const object = random.pick(objects);
    const why = random.pick(qualifiers);
    en.push(`${opener[0]} ${claim[0]}; for ${subject.en.toLowerCase()}, that means ${object[0]} ${why[0]}.`);
    fr.push(
      `${opener[1]} ${claim[1]} ; pour ${subject.fr.toLowerCase()}, cela veut dire ${object[1]} ${why[1]}.`,
    );
  }
  return { en: en.join(' '), fr: fr.join(' ') };
}

/** A one-line summary of what something covers, for summaries and descriptions. */
export function summary(random: Random, subject: Bilingual): Bilingual {
  const object = random.pick(objects);
  const scope = random.pick(scopes);
  const why = random.pick(qualifiers);
  return {
    en: `${subject.en}: how people handle ${object[0]} ${scope[0]}, ${why[0]}.`,
    fr: `${subject.fr} : comment gérer ${object[1]} ${scope[1]}, ${why[1]}.`,
  };
}

/** The scope of a level of rank `rank` out of `levels`. */
export function levelScope(random: Random, rank: number, levels: number): Bilingual {
  const scope = spread(scopes, rank - 1, levels);
  const quarters = Math.min(8, 1 + Math.floor(((rank - 1) / Math.max(1, levels - 1)) * 7));
  const object = random.pick(objects);
  return {
    en: `Work ${scope[0]}, with a horizon of ${quarters} quarter${quarters === 1 ? '' : 's'}, accountable for ${object[0]} and their results.`,
    fr: `Un travail ${scope[1]}, avec un horizon de ${quarters} trimestre${quarters === 1 ? '' : 's'}, responsable de ${object[1]} et de leurs résultats.`,
  };
}

/** A level's one-line summary: what the person handles, how widely and how independently. */
export function levelSummary(random: Random, rank: number, levels: number): Bilingual {
  const object = random.pick(objects);
  const scope = spread(scopes, rank - 1, levels);
  const how = spread(autonomy, rank - 1, levels);
  return {
    en: `Handles ${object[0]} ${scope[0]} ${how[0]}.`,
    fr: `Gère ${object[1]} ${scope[1]} ${how[1]}.`,
  };
}

/** Something shown at the level below before moving up to the level of `rank`. */
export function prerequisite(random: Random, rank: number, levels: number): Bilingual {
  const object = random.pick(objects);
  const below = spread(scopes, Math.max(0, rank - 2), levels);
  const why = random.pick(qualifiers);
  return {
    en: `Has handled ${object[0]} ${below[0]} for at least two half-years, ${why[0]}.`,
    fr: `A géré ${object[1]} ${below[1]} pendant au moins deux semestres, ${why[1]}.`,
  };
}

/** What sets the level of `rank` apart from the one below. */
export function differentiator(random: Random, rank: number, levels: number): Bilingual {
  const scope = spread(scopes, rank - 1, levels);
  const below = spread(scopes, Math.max(0, rank - 2), levels);
  const why = random.pick(qualifiers);
  return {
    en: `Works ${scope[0]} rather than ${below[0]}, ${why[0]}.`,
    fr: `Travaille ${scope[1]} plutôt que ${below[1]}, ${why[1]}.`,
  };
}
