// /public: the county's enforcement agencies, townships first.
import { html, page } from '../../../shared/public-html';
import { isTownship, type PublicAgency } from '../queries';

export function homePage(agencies: PublicAgency[]): string {
  const link = (a: PublicAgency) =>
    html`<li>
      <a href="/public/agencies/${a.id}">${a.name}</a><br /><span class="muted"
        >${a.domains.slice(0, 4).join('、')}</span
      >
    </li>`;
  const towns = agencies.filter(isTownship);
  const departments = agencies.filter((a) => !isTownship(a));
  return page({
    title: '行政执法公示',
    description: '本县（区）各行政执法主体的执法职权、执法人员、执法程序、救济途径和投诉举报方式。',
    body: html`<h1>行政执法事前公开</h1>
      <section>
        <p>
          查看各执法主体的职权、执法人员、执法程序和救济途径。发现违法行为，可以<a href="/public/complaints"
            >在线投诉举报</a
          >。
        </p>
        <a class="btn" href="/public/complaints">我要投诉举报</a>
      </section>
      <section>
        <h2>乡镇（街道）</h2>
        <ul class="list" id="townships">
          ${towns.map(link)}
        </ul>
      </section>
      <section>
        <h2>县级执法部门</h2>
        <ul class="list" id="departments">
          ${departments.map(link)}
        </ul>
      </section>
      <section>
        <h2>投诉处理进度</h2>
        <form method="get" action="/public/complaints/status">
          <label for="code">回执码</label><input type="text" id="code" name="code" maxlength="40" autocomplete="off" />
          <button class="btn" type="submit">查询</button>
        </form>
      </section>`,
  });
}
