/** An in-app link: a real href (so it can be opened in a new tab or bookmarked) that navigates in place. */
import type { ReactNode } from 'react';
import { navigate, urlFor, useUrlState, type UrlState } from '../lib/url-state.ts';

interface Props {
  to: Partial<UrlState>;
  children: ReactNode;
  className?: string;
  current?: boolean;
}

export function Link({ to, children, className, current }: Props) {
  const here = useUrlState();
  const href = urlFor({ ...here, ...to });
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
