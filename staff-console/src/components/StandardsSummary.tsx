import type { StandardsProfile } from '@reception/shared';

/** "walk-ins 20 min, after referral to an officer 20 min, …" as a list that can be scanned. */
export function StandardsSummary({ profile }: { profile: StandardsProfile }) {
  return (
    <dl className="standards-summary">
      <div>
        <dt>Walk-ins</dt>
        <dd>{profile.walkInMinutes} min</dd>
      </div>
      <div>
        <dt>After referral to an officer</dt>
        <dd>{profile.officerMinutes} min</dd>
      </div>
      <div>
        <dt>Appointments</dt>
        <dd>{profile.appointmentMinutes} min</dd>
      </div>
      <div>
        <dt>Prompt</dt>
        <dd>{profile.promptLeadMinutes} min before</dd>
      </div>
    </dl>
  );
}
