/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 */
type Documents = {
    "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n    me {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n": typeof types.FilterProgramsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AccountList {\n    accounts {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n      disabled\n      mustChangePassword\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        username\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountDisabled($input: AccountChangesInput!) {\n    updateAccount(input: $input) {\n      username\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation ResetPassword($username: String!) {\n    resetPassword(username: $username)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AllocationPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      asOf\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      received\n      passedDown\n      kept\n      unallocated\n      allocationProgress\n      allocated\n      spent\n      spendingProgress\n      daysToAllocate\n      daysWaiting\n      timeliness {\n        limitDays\n      }\n      upstreamNotices {\n        number\n        batchName\n        issuedOn\n        amount\n      }\n      ownNotices {\n        number\n        batchName\n        issuedOn\n        amount\n        daysAfterUpstream\n      }\n      warnings {\n        code\n        message\n      }\n      children {\n        region {\n          name\n          level\n        }\n        received\n        passedDown\n        kept\n        unallocated\n        allocationProgress\n        allocated\n        spent\n        spendingProgress\n        daysToAllocate\n        daysWaiting\n        warnings {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.AllocationPageDocument,
    "\n  query AuditTrail($actor: String, $operation: String, $outcome: AuditOutcome, $first: Int) {\n    auditLog(actor: $actor, operation: $operation, outcome: $outcome, first: $first) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        role\n        via\n        operation\n        object\n        outcome\n        code\n        summary\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment FilingCalendar_status on FilingStatus {\n    year\n    month\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        id\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n": typeof types.FilingCalendar_StatusFragmentDoc,
    "\n  query FilingCalendarYear($year: Int!) {\n    m1: filingStatus(year: $year, month: 1) {\n      ...FilingCalendar_status\n    }\n    m2: filingStatus(year: $year, month: 2) {\n      ...FilingCalendar_status\n    }\n    m3: filingStatus(year: $year, month: 3) {\n      ...FilingCalendar_status\n    }\n    m4: filingStatus(year: $year, month: 4) {\n      ...FilingCalendar_status\n    }\n    m5: filingStatus(year: $year, month: 5) {\n      ...FilingCalendar_status\n    }\n    m6: filingStatus(year: $year, month: 6) {\n      ...FilingCalendar_status\n    }\n    m7: filingStatus(year: $year, month: 7) {\n      ...FilingCalendar_status\n    }\n    m8: filingStatus(year: $year, month: 8) {\n      ...FilingCalendar_status\n    }\n    m9: filingStatus(year: $year, month: 9) {\n      ...FilingCalendar_status\n    }\n    m10: filingStatus(year: $year, month: 10) {\n      ...FilingCalendar_status\n    }\n    m11: filingStatus(year: $year, month: 11) {\n      ...FilingCalendar_status\n    }\n    m12: filingStatus(year: $year, month: 12) {\n      ...FilingCalendar_status\n    }\n  }\n": typeof types.FilingCalendarYearDocument,
    "\n  fragment FilingForm_report on SpendingReport {\n    id\n    version\n    submittedAt\n    lines {\n      documentNumber\n      spent\n      directions {\n        direction\n        spent\n      }\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n": typeof types.FilingForm_ReportFragmentDoc,
    "\n  mutation FilingSubmitReport($input: SpendingReportInput!) {\n    submitSpendingReport(input: $input) {\n      report {\n        id\n        version\n        submittedAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FilingSubmitReportDocument,
    "\n  query FilingFunds($year: Int!) {\n    documents(year: $year, first: 100) {\n      nodes {\n        number\n        batch\n        issuedOn\n        spendingDirections\n        program {\n          id\n          name\n        }\n        allocations {\n          region {\n            name\n            aliases\n          }\n          annualTotal\n          isSubtotal\n        }\n      }\n    }\n  }\n": typeof types.FilingFundsDocument,
    "\n  query FilingLatestReport($region: String!, $year: Int!, $month: Int!) {\n    spendingReports(region: $region, year: $year, month: $month, latestOnly: true, first: 1) {\n      nodes {\n        ...FilingForm_report\n      }\n    }\n    filingStatus(year: $year, month: $month, region: $region) {\n      deadline\n      regions {\n        region {\n          name\n        }\n        filed\n        late\n      }\n    }\n  }\n": typeof types.FilingLatestReportDocument,
    "\n  fragment WorkbookPreviewFields on FeedbackWorkbookPreview {\n    lines {\n      row\n      documentNumber\n      fundName\n      amount\n      spent\n      unspent\n      progress\n    }\n    problems {\n      cell\n      code\n      message\n    }\n    warnings {\n      cell\n      code\n      message\n    }\n  }\n": typeof types.WorkbookPreviewFieldsFragmentDoc,
    "\n  mutation FilingPreviewWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    previewFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      ...WorkbookPreviewFields\n    }\n  }\n": typeof types.FilingPreviewWorkbookDocument,
    "\n  mutation FilingSubmitWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      report {\n        version\n        submittedAt\n      }\n      problems {\n        cell\n        code\n        message\n      }\n    }\n  }\n": typeof types.FilingSubmitWorkbookDocument,
    "\n  fragment ImportPreviewFields on NoticeImportPreview {\n    sourceName\n    format\n    document {\n      number\n      numberCorrected\n      title\n      year\n      batch\n      issuers\n      issuedOn\n      upstreamNumber\n    }\n    allocationTable {\n      unit\n      unitStated\n      columns {\n        index\n        header\n        role\n      }\n    }\n    regions {\n      name\n      writtenNames\n      level\n      parentName\n      existing {\n        id\n        name\n      }\n      chosen\n    }\n    allocations {\n      writtenName\n      regionName\n      existing {\n        id\n        name\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n      isSubtotal\n    }\n    sheets {\n      writtenRegion\n      regionName\n      fundTotal\n      goals\n      indicators\n    }\n    warnings {\n      severity\n      code\n      message\n      regionName\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n": typeof types.ImportPreviewFieldsFragmentDoc,
    "\n  mutation ImportPagePreview($input: NoticeImportInput!) {\n    previewNoticeImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.ImportPagePreviewDocument,
    "\n  mutation ImportPageImport($input: NoticeImportInput!) {\n    importNoticeFile(input: $input) {\n      outcome\n      document {\n        number\n        year\n        revision\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportPageImportDocument,
    "\n  query ImportPageRegions {\n    prefectures: regions(level: PREFECTURE) {\n      id\n      name\n    }\n    counties: regions(level: COUNTY) {\n      id\n      name\n      parent {\n        name\n      }\n    }\n  }\n": typeof types.ImportPageRegionsDocument,
    "\n  fragment IndicatorMatrix_row on IndicatorComparisonRow {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n": typeof types.IndicatorMatrix_RowFragmentDoc,
    "\n  query IndicatorsPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        targetSheets {\n          year\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsPageDocumentsDocument,
    "\n  query IndicatorsPageComparison($documentNumber: String!) {\n    indicatorComparison(documentNumber: $documentNumber) {\n      ...IndicatorMatrix_row\n    }\n  }\n": typeof types.IndicatorsPageComparisonDocument,
    "\n  query OverviewAllocation($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      received\n      unallocated\n      allocationProgress\n      daysWaiting\n    }\n  }\n": typeof types.OverviewAllocationDocument,
    "\n  fragment OverviewCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reportedCount\n    expectedCount\n    reportedProgress\n  }\n": typeof types.OverviewCards_ExecutionFragmentDoc,
    "\n  query OverviewPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...OverviewRegion_figures\n      ...OverviewCards_execution\n      ...OverviewTrend_execution\n      year\n      month\n      region {\n        parent {\n          name\n          parent {\n            name\n          }\n        }\n      }\n      children {\n        ...OverviewRegion_figures\n      }\n    }\n    programs(year: $year) {\n      id\n      name\n    }\n  }\n": typeof types.OverviewPageDocument,
    "\n  query OverviewRegionOptions {\n    regions {\n      name\n      children {\n        name\n        children {\n          name\n        }\n      }\n    }\n  }\n": typeof types.OverviewRegionOptionsDocument,
    "\n  fragment OverviewRegion_figures on Execution {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n  }\n": typeof types.OverviewRegion_FiguresFragmentDoc,
    "\n  fragment OverviewTrend_execution on Execution {\n    region {\n      name\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n  }\n": typeof types.OverviewTrend_ExecutionFragmentDoc,
    "\n  query QualityFundYearChecks($year: Int!) {\n    fundYearChecks(year: $year) {\n      code\n      region {\n        name\n      }\n      documentNumber\n      message\n    }\n  }\n": typeof types.QualityFundYearChecksDocument,
    "\n  fragment QualityFindings_finding on ImportWarning {\n    code\n    message\n    severity\n    region {\n      name\n    }\n  }\n": typeof types.QualityFindings_FindingFragmentDoc,
    "\n  query QualityPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        revision\n        warnings {\n          ...QualityFindings_finding\n        }\n        notes {\n          ...QualityFindings_finding\n        }\n        revisions {\n          revision\n          importedAt\n          importRun {\n            id\n            sourceName\n            outcome\n            importedBy\n            importedAt\n            warnings {\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.QualityPageDocumentsDocument,
    "\n  fragment RegionAllocations_document on FundDocument {\n    number\n    title\n    allocations {\n      region {\n        name\n      }\n      annualTotal\n      earlyAdvance\n      priorBatches\n      thisBatch\n      isSubtotal\n    }\n  }\n": typeof types.RegionAllocations_DocumentFragmentDoc,
    "\n  fragment RegionCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    reportedCount\n    expectedCount\n  }\n": typeof types.RegionCards_ExecutionFragmentDoc,
    "\n  fragment RegionChildren_execution on Execution {\n    year\n    month\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n    }\n  }\n": typeof types.RegionChildren_ExecutionFragmentDoc,
    "\n  fragment RegionDirections_execution on Execution {\n    byDirection {\n      direction\n      spent\n      share\n    }\n  }\n": typeof types.RegionDirections_ExecutionFragmentDoc,
    "\n  query RegionFundYears($region: String!, $year: Int!) {\n    fundYears(region: $region, year: $year) {\n      program {\n        id\n        name\n      }\n      inForce\n      notices {\n        notice {\n          number\n          batchName\n          issuedOn\n          amount\n          annualTotal\n        }\n        totalAfter\n      }\n      checks {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegionFundYearsDocument,
    "\n  query RegionPageIndicators($region: String!, $documentNumber: String!) {\n    regionIndicators(region: $region, documentNumber: $documentNumber) {\n      indicator {\n        id\n        name\n        level1\n        level2\n      }\n      target {\n        text\n        kind\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n": typeof types.RegionPageIndicatorsDocument,
    "\n  query RegionPageTree {\n    regions {\n      name\n      aliases\n      level\n      children {\n        name\n        aliases\n        level\n        children {\n          name\n          aliases\n          level\n        }\n      }\n    }\n  }\n": typeof types.RegionPageTreeDocument,
    "\n  query RegionPageData(\n    $region: String!\n    $year: Int!\n    $month: Int!\n    $programId: ID\n    $reportMonth: Int\n  ) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...RegionCards_execution\n      ...RegionDirections_execution\n      ...RegionChildren_execution\n    }\n    documents(year: $year, programId: $programId, first: 100) {\n      nodes {\n        ...RegionAllocations_document\n      }\n    }\n    spendingReports(region: $region, year: $year, month: $reportMonth, first: 100) {\n      totalCount\n      nodes {\n        ...RegionReports_report\n        ...RegionReasons_report\n      }\n    }\n    lagExplanations(year: $year, month: $month, region: $region) {\n      ...RegionReasons_lag\n    }\n  }\n": typeof types.RegionPageDataDocument,
    "\n  fragment RegionReasons_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      progress\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n": typeof types.RegionReasons_ReportFragmentDoc,
    "\n  fragment RegionReasons_lag on LagExplanation {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n    report {\n      id\n      year\n      month\n      version\n      isLatest\n    }\n  }\n": typeof types.RegionReasons_LagFragmentDoc,
    "\n  fragment RegionReports_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    submittedAt\n    submittedBy\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      amount\n      spent\n      unspent\n      progress\n    }\n  }\n": typeof types.RegionReports_ReportFragmentDoc,
};
const documents: Documents = {
    "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n    me {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n    }\n  }\n": types.AppShellDocument,
    "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n": types.FilterProgramsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AccountList {\n    accounts {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n      disabled\n      mustChangePassword\n    }\n  }\n": types.AccountListDocument,
    "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        username\n      }\n      oneTimePassword\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountDisabled($input: AccountChangesInput!) {\n    updateAccount(input: $input) {\n      username\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation ResetPassword($username: String!) {\n    resetPassword(username: $username)\n  }\n": types.ResetPasswordDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AllocationPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      asOf\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      received\n      passedDown\n      kept\n      unallocated\n      allocationProgress\n      allocated\n      spent\n      spendingProgress\n      daysToAllocate\n      daysWaiting\n      timeliness {\n        limitDays\n      }\n      upstreamNotices {\n        number\n        batchName\n        issuedOn\n        amount\n      }\n      ownNotices {\n        number\n        batchName\n        issuedOn\n        amount\n        daysAfterUpstream\n      }\n      warnings {\n        code\n        message\n      }\n      children {\n        region {\n          name\n          level\n        }\n        received\n        passedDown\n        kept\n        unallocated\n        allocationProgress\n        allocated\n        spent\n        spendingProgress\n        daysToAllocate\n        daysWaiting\n        warnings {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.AllocationPageDocument,
    "\n  query AuditTrail($actor: String, $operation: String, $outcome: AuditOutcome, $first: Int) {\n    auditLog(actor: $actor, operation: $operation, outcome: $outcome, first: $first) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        role\n        via\n        operation\n        object\n        outcome\n        code\n        summary\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment FilingCalendar_status on FilingStatus {\n    year\n    month\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        id\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n": types.FilingCalendar_StatusFragmentDoc,
    "\n  query FilingCalendarYear($year: Int!) {\n    m1: filingStatus(year: $year, month: 1) {\n      ...FilingCalendar_status\n    }\n    m2: filingStatus(year: $year, month: 2) {\n      ...FilingCalendar_status\n    }\n    m3: filingStatus(year: $year, month: 3) {\n      ...FilingCalendar_status\n    }\n    m4: filingStatus(year: $year, month: 4) {\n      ...FilingCalendar_status\n    }\n    m5: filingStatus(year: $year, month: 5) {\n      ...FilingCalendar_status\n    }\n    m6: filingStatus(year: $year, month: 6) {\n      ...FilingCalendar_status\n    }\n    m7: filingStatus(year: $year, month: 7) {\n      ...FilingCalendar_status\n    }\n    m8: filingStatus(year: $year, month: 8) {\n      ...FilingCalendar_status\n    }\n    m9: filingStatus(year: $year, month: 9) {\n      ...FilingCalendar_status\n    }\n    m10: filingStatus(year: $year, month: 10) {\n      ...FilingCalendar_status\n    }\n    m11: filingStatus(year: $year, month: 11) {\n      ...FilingCalendar_status\n    }\n    m12: filingStatus(year: $year, month: 12) {\n      ...FilingCalendar_status\n    }\n  }\n": types.FilingCalendarYearDocument,
    "\n  fragment FilingForm_report on SpendingReport {\n    id\n    version\n    submittedAt\n    lines {\n      documentNumber\n      spent\n      directions {\n        direction\n        spent\n      }\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n": types.FilingForm_ReportFragmentDoc,
    "\n  mutation FilingSubmitReport($input: SpendingReportInput!) {\n    submitSpendingReport(input: $input) {\n      report {\n        id\n        version\n        submittedAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FilingSubmitReportDocument,
    "\n  query FilingFunds($year: Int!) {\n    documents(year: $year, first: 100) {\n      nodes {\n        number\n        batch\n        issuedOn\n        spendingDirections\n        program {\n          id\n          name\n        }\n        allocations {\n          region {\n            name\n            aliases\n          }\n          annualTotal\n          isSubtotal\n        }\n      }\n    }\n  }\n": types.FilingFundsDocument,
    "\n  query FilingLatestReport($region: String!, $year: Int!, $month: Int!) {\n    spendingReports(region: $region, year: $year, month: $month, latestOnly: true, first: 1) {\n      nodes {\n        ...FilingForm_report\n      }\n    }\n    filingStatus(year: $year, month: $month, region: $region) {\n      deadline\n      regions {\n        region {\n          name\n        }\n        filed\n        late\n      }\n    }\n  }\n": types.FilingLatestReportDocument,
    "\n  fragment WorkbookPreviewFields on FeedbackWorkbookPreview {\n    lines {\n      row\n      documentNumber\n      fundName\n      amount\n      spent\n      unspent\n      progress\n    }\n    problems {\n      cell\n      code\n      message\n    }\n    warnings {\n      cell\n      code\n      message\n    }\n  }\n": types.WorkbookPreviewFieldsFragmentDoc,
    "\n  mutation FilingPreviewWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    previewFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      ...WorkbookPreviewFields\n    }\n  }\n": types.FilingPreviewWorkbookDocument,
    "\n  mutation FilingSubmitWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      report {\n        version\n        submittedAt\n      }\n      problems {\n        cell\n        code\n        message\n      }\n    }\n  }\n": types.FilingSubmitWorkbookDocument,
    "\n  fragment ImportPreviewFields on NoticeImportPreview {\n    sourceName\n    format\n    document {\n      number\n      numberCorrected\n      title\n      year\n      batch\n      issuers\n      issuedOn\n      upstreamNumber\n    }\n    allocationTable {\n      unit\n      unitStated\n      columns {\n        index\n        header\n        role\n      }\n    }\n    regions {\n      name\n      writtenNames\n      level\n      parentName\n      existing {\n        id\n        name\n      }\n      chosen\n    }\n    allocations {\n      writtenName\n      regionName\n      existing {\n        id\n        name\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n      isSubtotal\n    }\n    sheets {\n      writtenRegion\n      regionName\n      fundTotal\n      goals\n      indicators\n    }\n    warnings {\n      severity\n      code\n      message\n      regionName\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n": types.ImportPreviewFieldsFragmentDoc,
    "\n  mutation ImportPagePreview($input: NoticeImportInput!) {\n    previewNoticeImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.ImportPagePreviewDocument,
    "\n  mutation ImportPageImport($input: NoticeImportInput!) {\n    importNoticeFile(input: $input) {\n      outcome\n      document {\n        number\n        year\n        revision\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ImportPageImportDocument,
    "\n  query ImportPageRegions {\n    prefectures: regions(level: PREFECTURE) {\n      id\n      name\n    }\n    counties: regions(level: COUNTY) {\n      id\n      name\n      parent {\n        name\n      }\n    }\n  }\n": types.ImportPageRegionsDocument,
    "\n  fragment IndicatorMatrix_row on IndicatorComparisonRow {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n": types.IndicatorMatrix_RowFragmentDoc,
    "\n  query IndicatorsPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        targetSheets {\n          year\n        }\n      }\n    }\n  }\n": types.IndicatorsPageDocumentsDocument,
    "\n  query IndicatorsPageComparison($documentNumber: String!) {\n    indicatorComparison(documentNumber: $documentNumber) {\n      ...IndicatorMatrix_row\n    }\n  }\n": types.IndicatorsPageComparisonDocument,
    "\n  query OverviewAllocation($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      received\n      unallocated\n      allocationProgress\n      daysWaiting\n    }\n  }\n": types.OverviewAllocationDocument,
    "\n  fragment OverviewCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reportedCount\n    expectedCount\n    reportedProgress\n  }\n": types.OverviewCards_ExecutionFragmentDoc,
    "\n  query OverviewPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...OverviewRegion_figures\n      ...OverviewCards_execution\n      ...OverviewTrend_execution\n      year\n      month\n      region {\n        parent {\n          name\n          parent {\n            name\n          }\n        }\n      }\n      children {\n        ...OverviewRegion_figures\n      }\n    }\n    programs(year: $year) {\n      id\n      name\n    }\n  }\n": types.OverviewPageDocument,
    "\n  query OverviewRegionOptions {\n    regions {\n      name\n      children {\n        name\n        children {\n          name\n        }\n      }\n    }\n  }\n": types.OverviewRegionOptionsDocument,
    "\n  fragment OverviewRegion_figures on Execution {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n  }\n": types.OverviewRegion_FiguresFragmentDoc,
    "\n  fragment OverviewTrend_execution on Execution {\n    region {\n      name\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n  }\n": types.OverviewTrend_ExecutionFragmentDoc,
    "\n  query QualityFundYearChecks($year: Int!) {\n    fundYearChecks(year: $year) {\n      code\n      region {\n        name\n      }\n      documentNumber\n      message\n    }\n  }\n": types.QualityFundYearChecksDocument,
    "\n  fragment QualityFindings_finding on ImportWarning {\n    code\n    message\n    severity\n    region {\n      name\n    }\n  }\n": types.QualityFindings_FindingFragmentDoc,
    "\n  query QualityPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        revision\n        warnings {\n          ...QualityFindings_finding\n        }\n        notes {\n          ...QualityFindings_finding\n        }\n        revisions {\n          revision\n          importedAt\n          importRun {\n            id\n            sourceName\n            outcome\n            importedBy\n            importedAt\n            warnings {\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n": types.QualityPageDocumentsDocument,
    "\n  fragment RegionAllocations_document on FundDocument {\n    number\n    title\n    allocations {\n      region {\n        name\n      }\n      annualTotal\n      earlyAdvance\n      priorBatches\n      thisBatch\n      isSubtotal\n    }\n  }\n": types.RegionAllocations_DocumentFragmentDoc,
    "\n  fragment RegionCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    reportedCount\n    expectedCount\n  }\n": types.RegionCards_ExecutionFragmentDoc,
    "\n  fragment RegionChildren_execution on Execution {\n    year\n    month\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n    }\n  }\n": types.RegionChildren_ExecutionFragmentDoc,
    "\n  fragment RegionDirections_execution on Execution {\n    byDirection {\n      direction\n      spent\n      share\n    }\n  }\n": types.RegionDirections_ExecutionFragmentDoc,
    "\n  query RegionFundYears($region: String!, $year: Int!) {\n    fundYears(region: $region, year: $year) {\n      program {\n        id\n        name\n      }\n      inForce\n      notices {\n        notice {\n          number\n          batchName\n          issuedOn\n          amount\n          annualTotal\n        }\n        totalAfter\n      }\n      checks {\n        code\n        message\n      }\n    }\n  }\n": types.RegionFundYearsDocument,
    "\n  query RegionPageIndicators($region: String!, $documentNumber: String!) {\n    regionIndicators(region: $region, documentNumber: $documentNumber) {\n      indicator {\n        id\n        name\n        level1\n        level2\n      }\n      target {\n        text\n        kind\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n": types.RegionPageIndicatorsDocument,
    "\n  query RegionPageTree {\n    regions {\n      name\n      aliases\n      level\n      children {\n        name\n        aliases\n        level\n        children {\n          name\n          aliases\n          level\n        }\n      }\n    }\n  }\n": types.RegionPageTreeDocument,
    "\n  query RegionPageData(\n    $region: String!\n    $year: Int!\n    $month: Int!\n    $programId: ID\n    $reportMonth: Int\n  ) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...RegionCards_execution\n      ...RegionDirections_execution\n      ...RegionChildren_execution\n    }\n    documents(year: $year, programId: $programId, first: 100) {\n      nodes {\n        ...RegionAllocations_document\n      }\n    }\n    spendingReports(region: $region, year: $year, month: $reportMonth, first: 100) {\n      totalCount\n      nodes {\n        ...RegionReports_report\n        ...RegionReasons_report\n      }\n    }\n    lagExplanations(year: $year, month: $month, region: $region) {\n      ...RegionReasons_lag\n    }\n  }\n": types.RegionPageDataDocument,
    "\n  fragment RegionReasons_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      progress\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n": types.RegionReasons_ReportFragmentDoc,
    "\n  fragment RegionReasons_lag on LagExplanation {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n    report {\n      id\n      year\n      month\n      version\n      isLatest\n    }\n  }\n": types.RegionReasons_LagFragmentDoc,
    "\n  fragment RegionReports_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    submittedAt\n    submittedBy\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      amount\n      spent\n      unspent\n      progress\n    }\n  }\n": types.RegionReports_ReportFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    dataStatus {\n      latestPeriod {\n        year\n        month\n      }\n      years\n      hasSampleData\n    }\n    me {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AppShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterPrograms($year: Int) {\n    programs(year: $year) {\n      id\n      name\n      year\n    }\n  }\n"): typeof import('./graphql').FilterProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList {\n    accounts {\n      username\n      displayName\n      role\n      region {\n        name\n      }\n      disabled\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AccountListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) {\n      account {\n        username\n      }\n      oneTimePassword\n    }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($input: AccountChangesInput!) {\n    updateAccount(input: $input) {\n      username\n    }\n  }\n"): typeof import('./graphql').SetAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($username: String!) {\n    resetPassword(username: $username)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      asOf\n      region {\n        name\n        level\n        parent {\n          name\n        }\n      }\n      received\n      passedDown\n      kept\n      unallocated\n      allocationProgress\n      allocated\n      spent\n      spendingProgress\n      daysToAllocate\n      daysWaiting\n      timeliness {\n        limitDays\n      }\n      upstreamNotices {\n        number\n        batchName\n        issuedOn\n        amount\n      }\n      ownNotices {\n        number\n        batchName\n        issuedOn\n        amount\n        daysAfterUpstream\n      }\n      warnings {\n        code\n        message\n      }\n      children {\n        region {\n          name\n          level\n        }\n        received\n        passedDown\n        kept\n        unallocated\n        allocationProgress\n        allocated\n        spent\n        spendingProgress\n        daysToAllocate\n        daysWaiting\n        warnings {\n          code\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AllocationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($actor: String, $operation: String, $outcome: AuditOutcome, $first: Int) {\n    auditLog(actor: $actor, operation: $operation, outcome: $outcome, first: $first) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        role\n        via\n        operation\n        object\n        outcome\n        code\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingCalendar_status on FilingStatus {\n    year\n    month\n    deadline\n    filedCount\n    expectedCount\n    regions {\n      region {\n        id\n        name\n      }\n      filed\n      version\n      submittedAt\n      late\n    }\n  }\n"): typeof import('./graphql').FilingCalendar_StatusFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingCalendarYear($year: Int!) {\n    m1: filingStatus(year: $year, month: 1) {\n      ...FilingCalendar_status\n    }\n    m2: filingStatus(year: $year, month: 2) {\n      ...FilingCalendar_status\n    }\n    m3: filingStatus(year: $year, month: 3) {\n      ...FilingCalendar_status\n    }\n    m4: filingStatus(year: $year, month: 4) {\n      ...FilingCalendar_status\n    }\n    m5: filingStatus(year: $year, month: 5) {\n      ...FilingCalendar_status\n    }\n    m6: filingStatus(year: $year, month: 6) {\n      ...FilingCalendar_status\n    }\n    m7: filingStatus(year: $year, month: 7) {\n      ...FilingCalendar_status\n    }\n    m8: filingStatus(year: $year, month: 8) {\n      ...FilingCalendar_status\n    }\n    m9: filingStatus(year: $year, month: 9) {\n      ...FilingCalendar_status\n    }\n    m10: filingStatus(year: $year, month: 10) {\n      ...FilingCalendar_status\n    }\n    m11: filingStatus(year: $year, month: 11) {\n      ...FilingCalendar_status\n    }\n    m12: filingStatus(year: $year, month: 12) {\n      ...FilingCalendar_status\n    }\n  }\n"): typeof import('./graphql').FilingCalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingForm_report on SpendingReport {\n    id\n    version\n    submittedAt\n    lines {\n      documentNumber\n      spent\n      directions {\n        direction\n        spent\n      }\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n"): typeof import('./graphql').FilingForm_ReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilingSubmitReport($input: SpendingReportInput!) {\n    submitSpendingReport(input: $input) {\n      report {\n        id\n        version\n        submittedAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FilingSubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingFunds($year: Int!) {\n    documents(year: $year, first: 100) {\n      nodes {\n        number\n        batch\n        issuedOn\n        spendingDirections\n        program {\n          id\n          name\n        }\n        allocations {\n          region {\n            name\n            aliases\n          }\n          annualTotal\n          isSubtotal\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FilingFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingLatestReport($region: String!, $year: Int!, $month: Int!) {\n    spendingReports(region: $region, year: $year, month: $month, latestOnly: true, first: 1) {\n      nodes {\n        ...FilingForm_report\n      }\n    }\n    filingStatus(year: $year, month: $month, region: $region) {\n      deadline\n      regions {\n        region {\n          name\n        }\n        filed\n        late\n      }\n    }\n  }\n"): typeof import('./graphql').FilingLatestReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkbookPreviewFields on FeedbackWorkbookPreview {\n    lines {\n      row\n      documentNumber\n      fundName\n      amount\n      spent\n      unspent\n      progress\n    }\n    problems {\n      cell\n      code\n      message\n    }\n    warnings {\n      cell\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').WorkbookPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilingPreviewWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    previewFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      ...WorkbookPreviewFields\n    }\n  }\n"): typeof import('./graphql').FilingPreviewWorkbookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilingSubmitWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {\n    submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {\n      report {\n        version\n        submittedAt\n      }\n      problems {\n        cell\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FilingSubmitWorkbookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreviewFields on NoticeImportPreview {\n    sourceName\n    format\n    document {\n      number\n      numberCorrected\n      title\n      year\n      batch\n      issuers\n      issuedOn\n      upstreamNumber\n    }\n    allocationTable {\n      unit\n      unitStated\n      columns {\n        index\n        header\n        role\n      }\n    }\n    regions {\n      name\n      writtenNames\n      level\n      parentName\n      existing {\n        id\n        name\n      }\n      chosen\n    }\n    allocations {\n      writtenName\n      regionName\n      existing {\n        id\n        name\n      }\n      annualTotal\n      earlyAdvance\n      thisBatch\n      isSubtotal\n    }\n    sheets {\n      writtenRegion\n      regionName\n      fundTotal\n      goals\n      indicators\n    }\n    warnings {\n      severity\n      code\n      message\n      regionName\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n"): typeof import('./graphql').ImportPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPagePreview($input: NoticeImportInput!) {\n    previewNoticeImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): typeof import('./graphql').ImportPagePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPageImport($input: NoticeImportInput!) {\n    importNoticeFile(input: $input) {\n      outcome\n      document {\n        number\n        year\n        revision\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPageImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPageRegions {\n    prefectures: regions(level: PREFECTURE) {\n      id\n      name\n    }\n    counties: regions(level: COUNTY) {\n      id\n      name\n      parent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPageRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorMatrix_row on IndicatorComparisonRow {\n    name\n    level1\n    level2\n    regions {\n      region {\n        name\n      }\n      target {\n        text\n        kind\n        op\n        value\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n"): typeof import('./graphql').IndicatorMatrix_RowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        targetSheets {\n          year\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsPageDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsPageComparison($documentNumber: String!) {\n    indicatorComparison(documentNumber: $documentNumber) {\n      ...IndicatorMatrix_row\n    }\n  }\n"): typeof import('./graphql').IndicatorsPageComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAllocation($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {\n      received\n      unallocated\n      allocationProgress\n      daysWaiting\n    }\n  }\n"): typeof import('./graphql').OverviewAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reportedCount\n    expectedCount\n    reportedProgress\n  }\n"): typeof import('./graphql').OverviewCards_ExecutionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage($year: Int!, $month: Int!, $region: String, $programId: ID) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...OverviewRegion_figures\n      ...OverviewCards_execution\n      ...OverviewTrend_execution\n      year\n      month\n      region {\n        parent {\n          name\n          parent {\n            name\n          }\n        }\n      }\n      children {\n        ...OverviewRegion_figures\n      }\n    }\n    programs(year: $year) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OverviewPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRegionOptions {\n    regions {\n      name\n      children {\n        name\n        children {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewRegionOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewRegion_figures on Execution {\n    region {\n      name\n    }\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n  }\n"): typeof import('./graphql').OverviewRegion_FiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewTrend_execution on Execution {\n    region {\n      name\n    }\n    trend {\n      month\n      spent\n      progress\n      benchmark\n      reportedCount\n      expectedCount\n    }\n  }\n"): typeof import('./graphql').OverviewTrend_ExecutionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityFundYearChecks($year: Int!) {\n    fundYearChecks(year: $year) {\n      code\n      region {\n        name\n      }\n      documentNumber\n      message\n    }\n  }\n"): typeof import('./graphql').QualityFundYearChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualityFindings_finding on ImportWarning {\n    code\n    message\n    severity\n    region {\n      name\n    }\n  }\n"): typeof import('./graphql').QualityFindings_FindingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityPageDocuments {\n    documents(first: 100) {\n      nodes {\n        number\n        title\n        year\n        revision\n        warnings {\n          ...QualityFindings_finding\n        }\n        notes {\n          ...QualityFindings_finding\n        }\n        revisions {\n          revision\n          importedAt\n          importRun {\n            id\n            sourceName\n            outcome\n            importedBy\n            importedAt\n            warnings {\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QualityPageDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionAllocations_document on FundDocument {\n    number\n    title\n    allocations {\n      region {\n        name\n      }\n      annualTotal\n      earlyAdvance\n      priorBatches\n      thisBatch\n      isSubtotal\n    }\n  }\n"): typeof import('./graphql').RegionAllocations_DocumentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCards_execution on Execution {\n    allocated\n    spent\n    unspent\n    progress\n    benchmark\n    warning\n    reported\n    reportedCount\n    expectedCount\n  }\n"): typeof import('./graphql').RegionCards_ExecutionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionChildren_execution on Execution {\n    year\n    month\n    children {\n      region {\n        name\n      }\n      allocated\n      spent\n      unspent\n      progress\n      benchmark\n      warning\n    }\n  }\n"): typeof import('./graphql').RegionChildren_ExecutionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionDirections_execution on Execution {\n    byDirection {\n      direction\n      spent\n      share\n    }\n  }\n"): typeof import('./graphql').RegionDirections_ExecutionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFundYears($region: String!, $year: Int!) {\n    fundYears(region: $region, year: $year) {\n      program {\n        id\n        name\n      }\n      inForce\n      notices {\n        notice {\n          number\n          batchName\n          issuedOn\n          amount\n          annualTotal\n        }\n        totalAfter\n      }\n      checks {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegionFundYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPageIndicators($region: String!, $documentNumber: String!) {\n    regionIndicators(region: $region, documentNumber: $documentNumber) {\n      indicator {\n        id\n        name\n        level1\n        level2\n      }\n      target {\n        text\n        kind\n        unit\n      }\n      result {\n        value\n        text\n        outcome\n      }\n      previousResult {\n        value\n        text\n      }\n      status\n    }\n  }\n"): typeof import('./graphql').RegionPageIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPageTree {\n    regions {\n      name\n      aliases\n      level\n      children {\n        name\n        aliases\n        level\n        children {\n          name\n          aliases\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPageTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPageData(\n    $region: String!\n    $year: Int!\n    $month: Int!\n    $programId: ID\n    $reportMonth: Int\n  ) {\n    execution(year: $year, month: $month, region: $region, programId: $programId) {\n      ...RegionCards_execution\n      ...RegionDirections_execution\n      ...RegionChildren_execution\n    }\n    documents(year: $year, programId: $programId, first: 100) {\n      nodes {\n        ...RegionAllocations_document\n      }\n    }\n    spendingReports(region: $region, year: $year, month: $reportMonth, first: 100) {\n      totalCount\n      nodes {\n        ...RegionReports_report\n        ...RegionReasons_report\n      }\n    }\n    lagExplanations(year: $year, month: $month, region: $region) {\n      ...RegionReasons_lag\n    }\n  }\n"): typeof import('./graphql').RegionPageDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionReasons_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      progress\n      reason\n      measures\n      measuresDueOn\n    }\n  }\n"): typeof import('./graphql').RegionReasons_ReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionReasons_lag on LagExplanation {\n    region {\n      name\n    }\n    documentNumber\n    progress\n    benchmark\n    reason\n    measures\n    measuresDueOn\n    overdue\n    report {\n      id\n      year\n      month\n      version\n      isLatest\n    }\n  }\n"): typeof import('./graphql').RegionReasons_LagFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionReports_report on SpendingReport {\n    id\n    year\n    month\n    version\n    isLatest\n    submittedAt\n    submittedBy\n    region {\n      name\n    }\n    lines {\n      documentNumber\n      amount\n      spent\n      unspent\n      progress\n    }\n  }\n"): typeof import('./graphql').RegionReports_ReportFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
