// A small validator of the schema.org JSON-LD Echelon writes: every node's type is one the
// vocabulary below knows, every property belongs to the type or one of its parents, every value
// has one of the property's expected types, and the properties Echelon promises are there.
// The vocabulary is the part of schema.org (https://schema.org/docs/full.html) Echelon uses,
// written from its definitions: no network at test time.

/** A value type of schema.org: a data type, or the name of a type in `vocabulary`. */
type Expected = 'Text' | 'URL' | 'Number' | 'Integer' | 'Duration' | string;

interface TypeDefinition {
  /** The type it is a kind of; `Thing` has none. */
  parent?: string;
  /** Properties the type adds, with the types their values may have. */
  properties: Record<string, Expected[]>;
  /** Properties Echelon always writes for the type. */
  required?: string[];
}

const vocabulary: Record<string, TypeDefinition> = {
  Thing: {
    properties: {
      name: ['Text'],
      alternateName: ['Text'],
      description: ['Text'],
      url: ['URL'],
    },
  },
  Intangible: { parent: 'Thing', properties: {} },
  StructuredValue: { parent: 'Intangible', properties: {} },
  DefinedTerm: { parent: 'Intangible', properties: { termCode: ['Text'] } },
  CategoryCode: { parent: 'DefinedTerm', properties: { codeValue: ['Text'] } },
  Occupation: {
    parent: 'Intangible',
    properties: {
      estimatedSalary: ['MonetaryAmountDistribution', 'MonetaryAmount', 'Number'],
      experienceRequirements: ['Text', 'OccupationalExperienceRequirements'],
      occupationalCategory: ['Text', 'CategoryCode'],
      responsibilities: ['Text'],
      skills: ['Text', 'DefinedTerm'],
      qualifications: ['Text'],
      educationRequirements: ['Text'],
      occupationLocation: ['AdministrativeArea'],
    },
    required: ['name', 'description', 'url', 'occupationalCategory'],
  },
  OccupationalExperienceRequirements: {
    parent: 'Intangible',
    properties: { monthsOfExperience: ['Number'] },
    required: ['monthsOfExperience'],
  },
  QuantitativeValueDistribution: {
    parent: 'StructuredValue',
    properties: {
      duration: ['Duration'],
      median: ['Number'],
      percentile10: ['Number'],
      percentile25: ['Number'],
      percentile75: ['Number'],
      percentile90: ['Number'],
    },
  },
  MonetaryAmountDistribution: {
    parent: 'QuantitativeValueDistribution',
    properties: { currency: ['Text'] },
    required: ['name', 'currency', 'duration', 'percentile10', 'percentile90'],
  },
  MonetaryAmount: {
    parent: 'StructuredValue',
    properties: { currency: ['Text'], minValue: ['Number'], maxValue: ['Number'], value: ['Number'] },
  },
  Place: { parent: 'Thing', properties: {} },
  AdministrativeArea: { parent: 'Place', properties: {} },
  ItemList: {
    parent: 'Intangible',
    properties: {
      itemListElement: ['ListItem', 'Text', 'Thing'],
      numberOfItems: ['Integer'],
      itemListOrder: ['Text'],
    },
    required: ['itemListElement'],
  },
  ListItem: {
    parent: 'Intangible',
    properties: {
      item: ['Thing'],
      position: ['Integer', 'Text'],
      nextItem: ['ListItem'],
      previousItem: ['ListItem'],
    },
    required: ['position'],
  },
};

/** Whether `type` is `ancestor` or one of its kinds. */
function isA(type: string, ancestor: string): boolean {
  for (let current: string | undefined = type; current; current = vocabulary[current]?.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The expected types of a property on a type, looking through its parents. */
function expectedTypes(type: string, property: string): Expected[] | undefined {
  for (let current: string | undefined = type; current; current = vocabulary[current]?.parent) {
    const expected = vocabulary[current]?.properties[property];
    if (expected) return expected;
  }
  return undefined;
}

function matches(value: unknown, expected: Expected): boolean {
  switch (expected) {
    case 'Text':
      return typeof value === 'string' && value.trim().length > 0;
    case 'URL':
      return typeof value === 'string' && URL.canParse(value) && /^https?:/.test(value);
    case 'Number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Integer':
      return Number.isInteger(value);
    case 'Duration':
      return (
        typeof value === 'string' &&
        /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value)
      );
    default: {
      const type = (value as { '@type'?: unknown })?.['@type'];
      return typeof type === 'string' && isA(type, expected);
    }
  }
}

/**
 * Every problem with a JSON-LD node and the nodes inside it, as `path: message` lines; an
 * empty list when the node is valid.
 */
export function schemaOrgProblems(node: unknown, path = '$'): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [`${path}: not a node`];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !vocabulary[type])
    return [`${path}: unknown @type ${JSON.stringify(type)}`];
  const problems: string[] = [];
  if (path === '$' && record['@context'] !== 'https://schema.org')
    problems.push(`${path}: @context is not https://schema.org`);
  for (let current: string | undefined = type; current; current = vocabulary[current]?.parent) {
    for (const property of vocabulary[current].required ?? []) {
      if (record[property] === undefined) problems.push(`${path}: ${type} lacks ${property}`);
    }
  }
  for (const [property, value] of Object.entries(record)) {
    if (property.startsWith('@')) continue;
    const expected = expectedTypes(type, property);
    if (!expected) {
      problems.push(`${path}.${property}: not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) problems.push(`${path}.${property}: empty list`);
    values.forEach((item, index) => {
      const at = Array.isArray(value) ? `${path}.${property}[${index}]` : `${path}.${property}`;
      const match = expected.find((candidate) => matches(item, candidate));
      if (!match) {
        problems.push(`${at}: expected ${expected.join(' or ')}, got ${JSON.stringify(item)?.slice(0, 60)}`);
      } else if (typeof item === 'object' && item !== null) {
        problems.push(...schemaOrgProblems(item, at));
      }
    });
  }
  return problems;
}
