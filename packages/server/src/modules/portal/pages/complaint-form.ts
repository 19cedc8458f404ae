// /public/complaints: the complaint form. Works without script: a plain multipart form; the
// challenge question appears once a source has sent several complaints in the hour.
import { COMPLAINT_TYPES } from '@zhifa/domain';
import { html, page } from '../../../shared/public-html';
import type { Challenge } from '../complaints/tokens';

export interface ComplaintFormData {
  formToken: string;
  townships: { id: string; name: string }[];
  selectedTownship: string | null;
  challenge: Challenge | null;
  maxPhotos: number;
  photoMaxMb: number;
}

export function complaintFormPage(d: ComplaintFormData): string {
  return page({
    title: '投诉举报',
    description: '在线投诉举报违法行为：可以匿名，可以上传照片，提交后凭回执码查询处理进度。',
    body: html`<h1>投诉举报</h1>
      <section>
        <form method="post" action="/public/complaints" enctype="multipart/form-data" id="complaint-form">
          <input type="hidden" name="formToken" value="${d.formToken}" />
          <label for="problemType">问题类型</label>
          <select id="problemType" name="problemType" required>
            ${COMPLAINT_TYPES.map((t) => html`<option value="${t.code}">${t.label}</option>`)}
          </select>
          <label for="townshipId">所在镇（街道）</label>
          <select id="townshipId" name="townshipId" required>
            ${d.townships.map(
              (t) =>
                html`<option value="${t.id}" ${d.selectedTownship === t.id ? html` selected` : ''}>${t.name}</option>`,
            )}
          </select>
          <label for="address">详细地点</label>
          <input
            type="text"
            id="address"
            name="address"
            maxlength="200"
            required
            placeholder="例如：某某路 12 号门前"
          />
          <label for="description">问题描述</label>
          <textarea
            id="description"
            name="description"
            maxlength="2000"
            minlength="5"
            required
            placeholder="请描述发生了什么、什么时间、持续多久"
          ></textarea>
          <label for="photos">现场照片（最多 ${d.maxPhotos} 张，每张不超过 ${d.photoMaxMb} MB，JPEG/PNG/WebP）</label>
          <input type="file" id="photos" name="photos" accept="image/jpeg,image/png,image/webp" multiple />
          <label><input type="checkbox" name="anonymous" value="1" /> 匿名投诉（不留姓名和电话）</label>
          <label for="name">姓名（选填）</label>
          <input type="text" id="name" name="name" maxlength="40" autocomplete="name" />
          <label for="phone">手机号码（选填，便于回访）</label>
          <input type="tel" id="phone" name="phone" maxlength="11" autocomplete="tel" />
          <p class="muted">您的姓名和电话只有受理单位经授权的人员可以查看，每次查看都会留痕；不会公开。</p>
          ${
            d.challenge
              ? html`<input type="hidden" name="challenge" value="${d.challenge.token}" />
                  <label for="answer">验证问题：${d.challenge.question}</label>
                  <input
                    type="text"
                    id="answer"
                    name="answer"
                    inputmode="numeric"
                    maxlength="3"
                    required
                    autocomplete="off"
                  />`
              : ''
          }
          <button class="btn" type="submit">提交投诉</button>
        </form>
      </section>`,
  });
}
