namespace Lotse.Features.Planning;

/// <summary>The two statutory focus areas of a KIZ (Teilhabe- und Integrationsgesetz NRW).</summary>
public enum FocusArea
{
    /// <summary>Integration durch Bildung.</summary>
    Education,
    /// <summary>Integration als Querschnittsaufgabe.</summary>
    CrossCutting,
}

/// <summary>The stages of the education chain (Bildungskette), in order.</summary>
public enum EducationChainStage
{
    EarlyChildhood,
    School,
    TransitionSchoolWork,
    AdultAndParentEducation,
}

public enum MeasureStatus
{
    Planned,
    Running,
    Completed,
    Cancelled,
}
