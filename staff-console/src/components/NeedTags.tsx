import type { Needs } from '@reception/shared';
import { needTags } from '../labels.js';
import './NeedTags.css';

export function NeedTags({ needs, emptyText = '' }: { needs: Needs; emptyText?: string }) {
  const tags = needTags(needs);
  if (tags.length === 0) return emptyText ? <span className="need-tags__none">{emptyText}</span> : null;
  return (
    <ul className="need-tags" aria-label="Access needs">
      {tags.map((tag) => (
        <li key={tag} className="need-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
