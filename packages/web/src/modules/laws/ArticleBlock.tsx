import { Link } from 'react-router-dom';
import { ArticleBody, CitationCopy } from './parts';
import type { LawArticle } from '@zhifa/contract';

/** One article in the reading view: its number links to the article page; the citation copies. */
export function ArticleBlock({ article }: { article: LawArticle }) {
  return (
    <section className="law-article" id={`article-${article.id}`}>
      <div className="law-article-head">
        <Link to={`/laws/articles/${article.id}`} className="law-article-label">
          {article.label}
        </Link>
        <CitationCopy citation={article.citation} />
      </div>
      <ArticleBody paragraphs={article.paragraphs} />
    </section>
  );
}
