// A company profile, as `promocase company show` prints it: how the company names its levels (mapped
// onto the ladder), how a promotion is decided, the cadence, what is evaluated, what evidence it expects.
// Facts from ex-employee accounts are labelled "reported": they are not the company's word.
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useCompanies, useProfile } from '../api/queries';
import { companyIdValues } from '../api/schema';
import { Field } from './field';
import { ErrorNotice, Loading } from './states';

type Company = Schemas['Company'];
type Fact = Company['decision'][number];

function Reported({ reported }: { reported: boolean }) {
  return reported ? (
    <>
      {' '}
      <span className="label" title="From ex-employee accounts, not the company's own word">
        reported
      </span>
    </>
  ) : null;
}

function Facts({ title, facts }: { title: string; facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {facts.map((f) => (
          <li key={f.text}>
            {f.text}
            <Reported reported={f.reported} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The evidence numbers in words; absent ones are left out rather than shown as "none". */
function evidenceNumbers(e: Company['evidence']): string[] {
  return [
    e.minPeerFeedback !== undefined ? `at least ${e.minPeerFeedback} peer feedback providers` : '',
    e.recommendedPeerFeedback !== undefined ? `${e.recommendedPeerFeedback} or more recommended` : '',
    e.selfReviewWordLimit !== undefined
      ? `a self-review of about ${e.selfReviewWordLimit} words at most`
      : '',
  ].filter(Boolean);
}

function CompanyDetails({ company }: { company: Company }) {
  const numbers = evidenceNumbers(company.evidence);
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>Levels at {company.name}, lowest first</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">On the ladder</th>
              <th scope="col">Title</th>
              <th scope="col">Also written</th>
            </tr>
          </thead>
          <tbody>
            {company.levels.map((l) => (
              <tr key={l.name}>
                <th scope="row">{l.name}</th>
                <td>{l.ladderLevel}</td>
                <td>{l.title ?? ''}</td>
                <td>{l.aliases.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Facts title="How the decision is made" facts={company.decision} />
      <Facts title="Cadence" facts={company.cadence} />
      {company.dimensions.length > 0 && (
        <>
          <h3>What is evaluated</h3>
          <ul>
            {company.dimensions.map((d) => (
              <li key={d.id}>
                <strong>{d.name}</strong>: {d.summary}{' '}
                <span className="hint">(evidence from {d.competencies.join(', ')})</span>
                <Reported reported={d.reported} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(numbers.length > 0 || company.evidence.notes.length > 0) && (
        <>
          <h3>Evidence expected</h3>
          <ul>
            {numbers.length > 0 && <li>{numbers.join('; ')}</li>}
            {company.evidence.notes.map((f) => (
              <li key={f.text}>
                {f.text}
                <Reported reported={f.reported} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Facts title="What weighs most" facts={company.weighsMost} />
    </>
  );
}

export function CompanyProfile() {
  const companies = useCompanies();
  const profile = useProfile();
  const [picked, setPicked] = useState<Company['id'] | undefined>();
  // Until one is picked, the profile's company (the one a person is most likely to look up).
  const chosen = picked ?? profile.data?.company ?? 'generic';
  const company = companies.data?.find((c) => c.id === chosen);
  return (
    <section className="card" aria-labelledby="company-title">
      <h2 id="company-title">Company profiles</h2>
      <p className="hint">
        How each company names its levels and decides promotions. Items marked “reported” come from
        ex-employee accounts; change your company in Settings.
      </p>
      <Field label="Company">
        <select value={chosen} onChange={(e) => setPicked(e.target.value as Company['id'])}>
          {companyIdValues.map((id) => (
            <option key={id} value={id}>
              {companies.data?.find((c) => c.id === id)?.name ?? id}
              {id === profile.data?.company ? ' (yours)' : ''}
            </option>
          ))}
        </select>
      </Field>
      {companies.isPending && <Loading what="the company profiles" />}
      <ErrorNotice error={companies.error} title="Could not load the company profiles." />
      {company && <CompanyDetails company={company} />}
    </section>
  );
}
