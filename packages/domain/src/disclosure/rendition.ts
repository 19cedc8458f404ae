// The published form of a decision (公示文本): generated from the case's structured record, never
// the internal record itself (statement 70). It carries only what the public may see; the detector
// (detect.ts) then checks it before release.
import { detectPersonalInformation, type Finding } from './detect';
import { publishedPersonName, type PersonNameStyle } from './names';
import { redactText, type RedactionKind } from './redact';

export interface RenditionPerson {
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
}

export interface RenditionSource {
  agencyName: string;
  documentNumber: string;
  decidedOn: string;
  party:
    | ({ kind: 'person' } & RenditionPerson)
    | {
        kind: 'organisation';
        name: string;
        creditCode?: string | null;
        address?: string | null;
        phone?: string | null;
        /** 法定代表人 (a natural person other than the punished party: not published). */
        representative?: RenditionPerson | null;
      };
  /** Witnesses, complainants, other persons the record names. */
  otherPersons: readonly RenditionPerson[];
  item: { code: string; name: string } | null;
  facts: string;
  evidence?: string | null;
  basis: readonly { title: string; article: string }[];
  penalty: string;
  benchmark?: string | null;
  reasoning?: string | null;
  steps: readonly { label: string; on: string }[];
}

export interface RenditionOptions {
  personNames: PersonNameStyle;
}

/** Version 1 of the published form. Every field here may be shown to anyone. */
export interface Rendition {
  format: 1;
  title: string;
  agencyName: string;
  documentNumber: string;
  decidedOn: string;
  party: { kind: 'person' | 'organisation'; name: string; creditCode: string | null };
  item: { code: string; name: string } | null;
  facts: string;
  evidence: string | null;
  basis: { title: string; article: string }[];
  penalty: string;
  benchmark: string | null;
  reasoning: string | null;
  steps: { label: string; on: string }[];
}

export interface BuiltRendition {
  rendition: Rendition;
  /** What the redaction removed, by kind (for the reviewer, never published). */
  redactions: Partial<Record<RedactionKind, number>>;
  /** What the detector still found: any finding holds the rendition for review. */
  findings: Finding[];
}

/** The text fields of a rendition the detector reads: all of them but the agency's own. */
export function renditionTextFields(r: Rendition): Record<string, string | null> {
  return {
    title: r.title,
    partyName: r.party.name,
    facts: r.facts,
    evidence: r.evidence,
    basis: r.basis.map((b) => `${b.title}${b.article}`).join('\n'),
    penalty: r.penalty,
    benchmark: r.benchmark,
    reasoning: r.reasoning,
    steps: r.steps.map((s) => s.label).join('\n'),
  };
}

export function buildRendition(source: RenditionSource, options: RenditionOptions): BuiltRendition {
  const party = source.party;
  const persons: RenditionPerson[] = [
    ...(party.kind === 'person' ? [party] : party.representative ? [party.representative] : []),
    ...source.otherPersons,
  ];
  const shownPartyName = party.kind === 'person' ? publishedPersonName(party.name, options.personNames) : party.name;
  const keep = party.kind === 'organisation' ? [party.name, party.creditCode ?? ''].filter(Boolean) : [];
  const ctx = {
    removeNames: persons.filter((p) => p !== party).map((p) => p.name),
    replaceNames: party.kind === 'person' ? [{ name: party.name, shownAs: shownPartyName }] : [],
    // A person's home is private; an organisation's registered address is public record, but a
    // natural person's home given for it (a sole trader's) is not known apart: both are removed.
    addresses: [...persons.map((p) => p.address ?? ''), party.kind === 'person' ? '' : (party.address ?? '')].filter(
      Boolean,
    ),
    keep,
  };
  const totals: Partial<Record<RedactionKind, number>> = {};
  const clean = (text: string | null | undefined): string | null => {
    if (text === null || text === undefined) return null;
    const r = redactText(text, ctx);
    for (const [k, n] of Object.entries(r.counts) as [RedactionKind, number][]) totals[k] = (totals[k] ?? 0) + n;
    return r.text;
  };
  const rendition: Rendition = {
    format: 1,
    title: `${source.agencyName}行政处罚决定书（${source.documentNumber}）`,
    agencyName: source.agencyName,
    documentNumber: source.documentNumber,
    decidedOn: source.decidedOn,
    party: {
      kind: party.kind,
      name: shownPartyName,
      creditCode: party.kind === 'organisation' ? (party.creditCode ?? null) : null,
    },
    item: source.item,
    facts: clean(source.facts) ?? '',
    evidence: clean(source.evidence),
    basis: source.basis.map((b) => ({ title: b.title, article: b.article })),
    penalty: clean(source.penalty) ?? '',
    benchmark: clean(source.benchmark),
    reasoning: clean(source.reasoning),
    steps: source.steps.map((s) => ({ label: s.label, on: s.on })),
  };
  const findings = detectPersonalInformation(renditionTextFields(rendition), {
    personNames: persons.map((p) => p.name),
    allowedNames: [shownPartyName],
    keep,
  });
  return { rendition, redactions: totals, findings };
}
