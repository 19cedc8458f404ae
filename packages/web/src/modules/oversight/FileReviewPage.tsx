import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AUTO_CHECKS,
  RECTIFICATION_STATUS_LABELS,
  REVIEW_GRADE_LABELS,
  scoreReview,
  type ReviewStandard,
} from '@zhifa/domain';
import type { FileReviewView } from '@zhifa/contract';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, newIdempotencyKey } from '../../api/client';
import { showError, showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { CaseFileTab } from '../cases/detail/CaseFileTab';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { GRADE_COLORS, useFileReview } from './api';
import { RECTIFICATION_COLORS } from './rectifications';
import './oversight.css';

function ScoreCard({ review }: { review: FileReviewView }) {
  const can = useCan();
  const editable = can('oversight:review');
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<Record<string, number>>(review.scores);
  const [vetoes, setVetoes] = useState<string[]>(review.vetoes);
  const [comments, setComments] = useState<Record<string, string>>(review.itemComments);
  const [comment, setComment] = useState(review.comment ?? '');
  const standard = review.standard as ReviewStandard;
  const outcome = scoreReview(standard, scores, vetoes);
  const save = useMutation({
    mutationFn: () =>
      api.put(
        `/api/file-reviews/${review.id}`,
        { scores, vetoes, itemComments: comments, ...(comment ? { comment } : {}) },
        newIdempotencyKey(),
      ),
    onSuccess: () => {
      showSuccess('评查结果已保存');
      void queryClient.invalidateQueries({ queryKey: ['file-reviews', review.id] });
      void queryClient.invalidateQueries({ queryKey: ['review-plans'] });
    },
    onError: showError,
  });
  return (
    <Card
      title="评分"
      extra={
        <Space>
          <Typography.Text strong data-testid="review-score">
            {outcome.score} 分
          </Typography.Text>
          <Tag color={GRADE_COLORS[outcome.grade]}>{REVIEW_GRADE_LABELS[outcome.grade]}</Tag>
        </Space>
      }
    >
      {standard.sections.map((s) => (
        <div key={s.key} className="review-section">
          <Typography.Title level={5}>{s.title}</Typography.Title>
          {s.items.map((i) => (
            <div key={i.key} className="review-item">
              <div>
                {i.title}（{i.points} 分）
                {i.auto && (
                  <Tag color={review.autoFacts[i.auto] ? 'green' : 'red'} className="review-auto">
                    系统预评：{AUTO_CHECKS[i.auto]}
                    {review.autoFacts[i.auto] ? '——符合' : '——不符合'}
                  </Tag>
                )}
              </div>
              <Space wrap>
                <InputNumber
                  disabled={!editable}
                  min={0}
                  max={i.points}
                  step={0.5}
                  value={scores[i.key]}
                  placeholder="得分"
                  onChange={(n) => {
                    const next = { ...scores };
                    if (n === null) delete next[i.key];
                    else next[i.key] = n;
                    setScores(next);
                  }}
                />
                <Input
                  disabled={!editable}
                  placeholder="扣分理由"
                  maxLength={500}
                  value={comments[i.key] ?? ''}
                  onChange={(e) => setComments({ ...comments, [i.key]: e.target.value })}
                />
              </Space>
            </div>
          ))}
        </div>
      ))}
      <Typography.Title level={5}>否决项（任一项成立即为不合格，得 0 分）</Typography.Title>
      <Checkbox.Group
        disabled={!editable}
        value={vetoes}
        onChange={(v) => setVetoes(v)}
        options={standard.vetoes.map((v) => ({ value: v.key, label: v.title }))}
      />
      <Typography.Title level={5}>评语</Typography.Title>
      <Input.TextArea
        disabled={!editable}
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {editable && (
        <Space className="review-actions">
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
            保存评查结果
          </Button>
          {outcome.unscored.length > 0 && !outcome.vetoed && (
            <Typography.Text type="secondary">尚有 {outcome.unscored.length} 项未评分</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}

function Rectifications({ review }: { review: FileReviewView }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ requirement: string; due: Dayjs }>();
  const add = useMutation({
    mutationFn: (v: { requirement: string; due: Dayjs }) =>
      api.post(
        `/api/file-reviews/${review.id}/rectifications`,
        { requirement: v.requirement, due: v.due.format('YYYY-MM-DD') },
        newIdempotencyKey(),
      ),
    onSuccess: () => {
      showSuccess('整改要求已下达');
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['file-reviews', review.id] });
    },
    onError: showError,
  });
  return (
    <Card title="整改">
      <List
        size="small"
        locale={{ emptyText: '未下达整改' }}
        dataSource={review.rectifications}
        renderItem={(r) => (
          <List.Item>
            {r.requirement}（期限 {r.due}）
            <Tag color={RECTIFICATION_COLORS[r.status]}>{RECTIFICATION_STATUS_LABELS[r.status]}</Tag>
            <Link to="/oversight/rectifications">整改回复</Link>
          </List.Item>
        )}
      />
      {can('oversight:review') && review.grade && (
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} className="review-actions">
          <Form.Item name="requirement" rules={[{ required: true, message: '请填写整改要求' }]}>
            <Input placeholder="整改要求" maxLength={2000} />
          </Form.Item>
          <Form.Item name="due" rules={[{ required: true, message: '请选择期限' }]}>
            <DatePicker placeholder="整改期限" />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            下达整改
          </Button>
        </Form>
      )}
    </Card>
  );
}

export default function FileReviewPage() {
  const { id } = useParams();
  const review = useFileReview(id);
  const [tab, setTab] = useState('file');
  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  if (review.isPending) return <Card loading />;
  const r = review.data;
  return (
    <Row gutter={16} className="review-layout">
      <Col xs={24} xl={13}>
        <Card
          title={`${r.caseNumber} ${r.caseTitle}`}
          extra={
            <Link to={`/cases/${r.caseId}`} target="_blank">
              打开案件
            </Link>
          }
        >
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="执法主体">{r.agencyName}</Descriptions.Item>
            <Descriptions.Item label="评查计划">
              <Link to={`/oversight/review-plans/${r.planId}`}>{r.planName}</Link>
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'file', label: '卷宗', children: <CaseFileTab caseId={r.caseId} active={tab === 'file'} /> },
              {
                key: 'documents',
                label: '文书',
                children: <DocumentsPanel caseId={r.caseId} caseNumber={r.caseNumber} />,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <ScoreCard review={r} />
        <Rectifications review={r} />
      </Col>
    </Row>
  );
}
